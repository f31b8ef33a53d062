// The course frame as a screen reader gets it: Chromium's accessibility tree through the DevTools protocol
// (Accessibility.getFullAXTree), in document order, with what each node is called and which one has focus.
import type { Frame, Page } from 'playwright-core';

export interface AxNode {
  role: string;
  name: string;
  description: string;
  focused: boolean;
}

interface RawAxNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  description?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
  childIds?: string[];
  parentId?: string;
}

interface FrameTree {
  frame: { id: string; name?: string; url: string };
  childFrames?: FrameTree[];
}

/** The frame's accessibility tree flattened in document (reading) order, without ignored nodes. */
export async function accessibilityTree(page: Page, frame: Frame): Promise<AxNode[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: FrameTree };
    const frameId = findFrameId(frameTree, frame);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree', frameId ? { frameId } : {})) as { nodes: RawAxNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const root = nodes.find((n) => !n.parentId || !byId.has(n.parentId));
    const ordered: AxNode[] = [];
    const visit = (node: RawAxNode | undefined) => {
      if (!node) return;
      if (!node.ignored) {
        ordered.push({
          role: node.role?.value ?? '',
          name: (node.name?.value ?? '').replace(/\s+/g, ' ').trim(),
          description: (node.description?.value ?? '').replace(/\s+/g, ' ').trim(),
          focused: node.properties?.some((p) => p.name === 'focused' && p.value.value === true) ?? false,
        });
      }
      for (const child of node.childIds ?? []) visit(byId.get(child));
    };
    visit(root);
    return ordered;
  } finally {
    await cdp.detach();
  }
}

function findFrameId(tree: FrameTree, frame: Frame): string | undefined {
  if (frame === frame.page().mainFrame()) return tree.frame.id;
  const stack = [...(tree.childFrames ?? [])];
  while (stack.length) {
    const next = stack.shift()!;
    if ((frame.name() && next.frame.name === frame.name()) || next.frame.url === frame.url()) return next.frame.id;
    stack.push(...(next.childFrames ?? []));
  }
  return undefined;
}

/** The node that has focus, as a screen reader names it; null when focus is on the document itself. */
export async function focusedNode(page: Page, frame: Frame): Promise<AxNode | null> {
  return (await accessibilityTree(page, frame)).find((n) => n.focused && n.role !== 'RootWebArea') ?? null;
}

/** Buttons and links a screen reader would list under one name, as `"<name>" × <count>`. Review buttons named
 *  by the page they lead to share a name only when they do the same thing, as WCAG 3.2.4 asks: left out. */
export async function sameNamedControls(page: Page, frame: Frame): Promise<string[]> {
  const counts = new Map<string, number>();
  for (const node of await accessibilityTree(page, frame)) {
    if ((node.role === 'button' || node.role === 'link') && !/^Review the page “/.test(node.name))
      counts.set(node.name, (counts.get(node.name) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n > 1).map(([name, n]) => `"${name}" × ${n}`);
}
