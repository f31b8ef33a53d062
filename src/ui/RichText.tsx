import { Fragment } from 'react';
import type { Inline, RichText as RichTextValue } from '../content/richText';
import { ExternalLink } from './ExternalLink';

export function InlineText({ nodes }: { nodes: Inline[] }) {
  return (
    <>
      {nodes.map((node, i) => {
        if (typeof node === 'string') return <Fragment key={i}>{node}</Fragment>;
        switch (node.t) {
          case 'em':
            return (
              <em key={i}>
                <InlineText nodes={node.c} />
              </em>
            );
          case 'strong':
            return (
              <strong key={i}>
                <InlineText nodes={node.c} />
              </strong>
            );
          case 'code':
            return <code key={i}>{node.v}</code>;
          case 'br':
            return <br key={i} />;
          case 'a':
            return (
              <ExternalLink key={i} href={node.href}>
                <InlineText nodes={node.c} />
              </ExternalLink>
            );
        }
      })}
    </>
  );
}

export function RichText({ blocks }: { blocks: RichTextValue }) {
  return (
    <>
      {blocks.map((block, i) => {
        if (block.t === 'p')
          return (
            <p key={i}>
              <InlineText nodes={block.c} />
            </p>
          );
        const List = block.t;
        return (
          <List key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{item.length === 1 && item[0]?.t === 'p' ? <InlineText nodes={item[0].c} /> : <RichText blocks={item} />}</li>
            ))}
          </List>
        );
      })}
    </>
  );
}
