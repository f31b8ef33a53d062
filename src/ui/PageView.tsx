import { useState } from 'react';
import type { CoursePage } from '../content/course';
import { Block } from './blocks/Block';
import { HideDetailsContext } from './HideDetailsContext';
import { PageNeeds } from './PageNeeds';
import { RichText } from './RichText';
import { ViewHeading } from './ViewHeading';

interface Props {
  page: CoursePage;
  position: { number: number; total: number };
  onBack: (() => void) | null;
  onNext: () => void;
  nextLabel: string;
}

type NoteChoice = 'pending' | 'full' | 'without-details';

export function PageView({ page, position, onBack, onNext, nextLabel }: Props) {
  const [choice, setChoice] = useState<NoteChoice>(page.contentNote ? 'pending' : 'full');
  return (
    <article className="page" key={page.id}>
      <p className="page-position">Page {position.number} of {position.total}</p>
      {/* The content note's buttons and "Show the full text" remove themselves: focus goes back to the title,
          above the content now shown, rather than to nowhere. */}
      <ViewHeading refocusKey={choice}>{page.title}</ViewHeading>
      <PageNeeds page={page} />
      {choice === 'pending' && page.contentNote ? (
        <section className="content-note" aria-labelledby="content-note-title">
          <h2 id="content-note-title">Content note</h2>
          <RichText blocks={page.contentNote.md} />
          <div className="actions">
            <button type="button" onClick={() => setChoice('full')}>Read it in full</button>
            <button type="button" onClick={() => setChoice('without-details')}>Skip the details</button>
          </div>
        </section>
      ) : (
        <HideDetailsContext.Provider value={choice === 'without-details'}>
          {choice === 'without-details' && (
            <p className="details-skipped">
              Difficult details are left out of this page.{' '}
              <button type="button" className="link-button" onClick={() => setChoice('full')}>Show the full text</button>
            </p>
          )}
          {page.blocks.map((block, i) => <Block key={i} block={block} />)}
        </HideDetailsContext.Provider>
      )}
      <nav className="page-nav" aria-label="Page">
        {onBack && <button type="button" className="secondary" onClick={onBack}>Back</button>}
        <button type="button" onClick={onNext}>{nextLabel}</button>
      </nav>
    </article>
  );
}
