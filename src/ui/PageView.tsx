import { useState } from 'react';
import type { CoursePage } from '../content/course';
import { Block } from './blocks/Block';
import { useCourse } from './CourseContext';
import { HideDetailsContext } from './HideDetailsContext';
import { Icon } from './icons/Icon';
import { PageNeeds } from './PageNeeds';
import { RichText } from './RichText';
import { ViewHeading } from './ViewHeading';

type NoteChoice = 'pending' | 'full' | 'without-details';

export function PageView({ page }: { page: CoursePage }) {
  const { index } = useCourse();
  const [choice, setChoice] = useState<NoteChoice>(page.contentNote ? 'pending' : 'full');
  const section = index.course.sections.find((s) => s.id === page.sectionId);
  return (
    <article className="page view">
      {section && <p className="page-eyebrow">{section.title}</p>}
      {/* The content note's buttons and "Show the full text" remove themselves: focus goes back to the title,
          above the content now shown, rather than to nowhere. */}
      <ViewHeading refocusKey={choice}>{page.title}</ViewHeading>
      <PageNeeds page={page} />
      {choice === 'pending' && page.contentNote ? (
        <section className="content-note" aria-labelledby="content-note-title">
          <h2 id="content-note-title">
            <Icon name="triangle-alert" /> Content note
          </h2>
          <RichText blocks={page.contentNote.md} />
          <div className="actions">
            <button type="button" onClick={() => setChoice('full')}>
              Read it in full
            </button>
            <button type="button" className="secondary" onClick={() => setChoice('without-details')}>
              Skip the details
            </button>
          </div>
        </section>
      ) : (
        <HideDetailsContext.Provider value={choice === 'without-details'}>
          {choice === 'without-details' && (
            <p className="details-skipped">
              Difficult details are left out of this page.{' '}
              <button type="button" className="link-button" onClick={() => setChoice('full')}>
                Show the full text
              </button>
            </p>
          )}
          {page.blocks.map((block, i) => (
            <Block key={i} block={block} />
          ))}
        </HideDetailsContext.Provider>
      )}
    </article>
  );
}
