// The blocks that break long passages up (accordion, tabs, process, reveal cards, diagram), as a learner meets
// them: authored in YAML, compiled by the content schema, operated by mouse and keyboard, found by role and name,
// and checked with axe-core in each state.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { block as blockSchema, type Block as BlockValue, type BlockOf } from '../../content/schema';
import { HideDetailsContext } from '../HideDetailsContext';
import { Accordion } from './Accordion';
import { Diagram, diagramAlt } from './Diagram';
import { Process } from './Process';
import { RevealCards } from './RevealCards';
import { Tabs } from './Tabs';

function compile<T extends BlockValue['type']>(yaml: string): BlockOf<T> {
  return blockSchema.parse(parse(yaml)) as BlockOf<T>;
}

async function violations(): Promise<string[]> {
  const results = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accordion', () => {
  const block = compile<'accordion'>(`
type: accordion
title: The five dysfunctions
items:
  - title: Absence of trust
    md: People are not secure about opening up.
  - title: Fear of conflict
    md: Artificial harmony.
`);

  it('opens and closes each part with a native disclosure', async () => {
    const user = userEvent.setup();
    render(<Accordion block={block} />);
    expect(screen.getByRole('heading', { level: 2, name: 'The five dysfunctions' })).toBeInTheDocument();
    const trust = screen.getByText('Absence of trust').closest('details')!;
    expect(trust.open).toBe(false);
    await user.click(screen.getByText('Absence of trust'));
    expect(trust.open).toBe(true);
    expect(screen.getByText('People are not secure about opening up.')).toBeVisible();
    expect(await violations()).toEqual([]);
  });
});

describe('tabs', () => {
  const block = compile<'tabs'>(`
type: tabs
title: Two focuses
tabs:
  - label: Law enforcement
    md: Investigations and suspect apprehensions.
  - label: Service provider
    md: Victim centered and trauma informed.
`);

  it('shows one view at a time, chosen with the mouse or the arrow keys', async () => {
    const user = userEvent.setup();
    render(<Tabs block={block} />);
    const list = screen.getByRole('tablist', { name: 'Two focuses' });
    const [law, service] = within(list).getAllByRole('tab');
    expect(law).toHaveAccessibleName('Law enforcement');
    expect(law).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Law enforcement' })).toHaveTextContent('Investigations');
    expect(screen.queryByText('Victim centered and trauma informed.')).not.toBeVisible();
    expect(await violations()).toEqual([]);

    await user.click(law!);
    await user.keyboard('{ArrowRight}');
    expect(service).toHaveFocus();
    expect(service).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Service provider' })).toHaveTextContent('Victim centered');
    await user.keyboard('{ArrowRight}');
    expect(law).toHaveFocus();
    await user.keyboard('{End}');
    expect(service).toHaveFocus();
    await user.click(law!);
    expect(screen.getByRole('tabpanel', { name: 'Law enforcement' })).toBeVisible();
    expect(await violations()).toEqual([]);
  });
});

describe('process', () => {
  const yaml = `
type: process
title: A task force fable
steps:
  - title: "Chapter 1: Que Sera Sera"
    md: Three or four members came to the meetings.
  - title: "Chapter 2: Break Some Eggs"
    md: The full chapter, with its difficult detail.
    withoutDetails: The chapter without its difficult detail.
  - title: "Chapter 3: Herding Cats"
    md: They built the team.
`;
  const block = compile<'process'>(yaml);

  it('shows the whole path and one step at a time; moving on focuses the step shown', async () => {
    const user = userEvent.setup();
    render(<Process block={block} />);
    const steps = screen.getByRole('list', { name: 'Steps' });
    expect(
      within(steps)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['1Chapter 1: Que Sera Sera', '2Chapter 2: Break Some Eggs', '3Chapter 3: Herding Cats']);
    expect(within(steps).getByRole('button', { name: /Chapter 1/ })).toHaveAttribute('aria-current', 'step');
    expect(screen.getByRole('heading', { level: 3, name: 'Step 1 of 3 Chapter 1: Que Sera Sera' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Previous step' })).toBeNull();
    expect(await violations()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(screen.getByRole('heading', { level: 3, name: 'Step 2 of 3 Chapter 2: Break Some Eggs' })).toHaveFocus();
    expect(screen.getByText('The full chapter, with its difficult detail.')).toBeInTheDocument();
    await user.click(within(steps).getByRole('button', { name: /Chapter 3/ }));
    expect(screen.getByRole('heading', { level: 3, name: 'Step 3 of 3 Chapter 3: Herding Cats' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Next step' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Previous step' }));
    expect(screen.getByRole('heading', { name: /Step 2 of 3/ })).toHaveFocus();
    expect(await violations()).toEqual([]);
  });

  it('shows a step without its details when the learner chose to skip them', async () => {
    const user = userEvent.setup();
    render(
      <HideDetailsContext.Provider value={true}>
        <Process block={block} />
      </HideDetailsContext.Provider>,
    );
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(screen.getByText('The chapter without its difficult detail.')).toBeInTheDocument();
    expect(screen.queryByText('The full chapter, with its difficult detail.')).toBeNull();
  });

  it('puts the step headings under the page title when the block has no title of its own', () => {
    const untitled = compile<'process'>(yaml.replace('title: A task force fable\n', ''));
    render(<Process block={untitled} />);
    expect(screen.getByRole('heading', { level: 2, name: /Step 1 of 3/ })).toBeInTheDocument();
  });
});

describe('reveal cards', () => {
  const block = compile<'revealCards'>(`
type: revealCards
title: Four task forces
cards:
  - front: Western District of New York
    back: A threat assessment found the dairy farm industry.
  - front: North Dakota
    back: Navigators liaise between regions.
`);

  it('reveals and hides each card with a button that says whether it is expanded', async () => {
    const user = userEvent.setup();
    render(<RevealCards block={block} />);
    const card = screen.getByRole('button', { name: 'Western District of New York' });
    expect(card).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('A threat assessment found the dairy farm industry.')).not.toBeVisible();
    expect(await violations()).toEqual([]);
    await user.click(card);
    expect(card).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('A threat assessment found the dairy farm industry.')).toBeVisible();
    expect(screen.getByText('Navigators liaise between regions.')).not.toBeVisible();
    expect(await violations()).toEqual([]);
    card.focus();
    await user.keyboard('{Enter}');
    expect(card).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('diagram', () => {
  const chain = compile<'diagram'>(`
type: diagram
layout: chain
title: Collaboration in law enforcement
nodes:
  - label: Task group
    detail: Dynamic and event based.
  - label: Task team
    detail: Crime focused.
  - label: Task force
    detail: Mission based, multi-agency.
`);
  const hub = compile<'diagram'>(`
type: diagram
layout: hub
title: Who should be in your partnership
center: Your partnership
nodes:
  - label: Child advocacy centers
  - label: Courts
  - label: Schools, especially school resource officers and counselors
`);

  it('draws a chain as an image named in words, with each node’s detail written out', async () => {
    render(<Diagram block={chain} />);
    const figure = screen.getByRole('figure', { name: 'Collaboration in law enforcement' });
    const [wide] = within(figure).getAllByRole('img');
    expect(wide).toHaveAccessibleName('Collaboration in law enforcement: Task group, then Task team, then Task force.');
    expect(within(figure).getByText('Crime focused.')).toBeInTheDocument();
    expect(await violations()).toEqual([]);
  });

  it('draws a hub with every node in the drawing and in its text alternative', () => {
    render(<Diagram block={hub} />);
    expect(diagramAlt(hub)).toBe(
      'Who should be in your partnership: Your partnership, joined with 3 partners: Child advocacy centers; Courts; Schools, especially school resource officers and counselors.',
    );
    const [wide] = screen.getAllByRole('img');
    expect(wide!.textContent).toContain('Courts');
    expect(wide!.textContent).toContain('Your partnership');
  });
});

describe('the content schema for these blocks', () => {
  const problems = (yaml: string) => {
    const result = blockSchema.safeParse(parse(yaml));
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('says clearly what is wrong', () => {
    expect(problems('type: accordion\nitems:\n  - title: Only one\n    md: text\n')).toEqual([
      'items: an accordion needs at least 2 items',
    ]);
    expect(problems('type: diagram\nlayout: hub\ntitle: T\nnodes:\n  - label: A\n  - label: B\n')).toEqual([
      'center: a hub diagram needs a center, and only a hub diagram has one',
    ]);
    expect(problems(`type: tabs\ntabs:\n${['a', 'b', 'c', 'd', 'e'].map((l) => `  - label: ${l}\n    md: x\n`).join('')}`)).toEqual([
      'tabs: at most 4 tabs fit side by side on a phone',
    ]);
    expect(problems('type: revealCards\ncards:\n  - front: A\n')).toContain('cards: reveal cards come in sets of at least 2');
  });
});
