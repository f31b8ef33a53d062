import { useState } from 'react';
import type { CoursePage } from '../content/course';
import { Block } from './blocks/Block';
import { RichText } from './RichText';
import { ViewHeading } from './ViewHeading';

interface Props {
  page: CoursePage;
  position: { number: number; total: number };
  onBack: (() => void) | null;
  onNext: () => void;
  nextLabel: string;
}

export function PageView({ page, position, onBack, onNext, nextLabel }: Props) {
  const [noteAccepted, setNoteAccepted] = useState(false);
  const showNote = page.contentNote !== undefined && !noteAccepted;
  return (
    <article className="page" key={page.id}>
      <p className="page-position">Page {position.number} of {position.total}</p>
      <ViewHeading>{page.title}</ViewHeading>
      {showNote ? (
        <section className="content-note" aria-labelledby="content-note-title">
          <h2 id="content-note-title">Content note</h2>
          <RichText blocks={page.contentNote!.md} />
          <div className="actions">
            <button type="button" onClick={() => setNoteAccepted(true)}>Show the case study</button>
            <button type="button" className="secondary" onClick={onNext}>Skip the details: {nextLabel}</button>
          </div>
        </section>
      ) : (
        page.blocks.map((block, i) => <Block key={i} block={block} />)
      )}
      <nav className="page-nav" aria-label="Page">
        {onBack && <button type="button" className="secondary" onClick={onBack}>Back</button>}
        <button type="button" onClick={onNext}>{nextLabel}</button>
      </nav>
    </article>
  );
}
