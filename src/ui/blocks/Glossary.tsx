import { useCourse } from '../CourseContext';
import { RichText } from '../RichText';

export function Glossary() {
  const { index } = useCourse();
  const terms = [...index.course.glossary].sort((a, b) => a.term.localeCompare(b.term));
  return (
    <dl className="glossary">
      {terms.map((term) => (
        <div key={term.term} className="glossary-entry">
          <dt>
            {term.term === term.expansion ? (
              term.term
            ) : (
              <>
                <abbr>{term.term}</abbr>: {term.expansion}
              </>
            )}
          </dt>
          <dd>{term.definition ? <RichText blocks={term.definition} /> : term.expansion}</dd>
        </div>
      ))}
    </dl>
  );
}
