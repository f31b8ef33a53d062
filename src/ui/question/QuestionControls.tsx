// The form controls of one question: radio buttons, checkboxes or, for matching, one select per prompt (with the
// chosen answer written out in full below it).
// Native controls only, so every question works with a keyboard, a screen reader and a phone.
import { useId } from 'react';
import type { Question } from '../../content/schema';
import { sortedPairIds } from '../../core/answers';
import { InlineText } from '../RichText';
import { setMatch, toggleChoice } from './answerDraft';

interface Props {
  question: Question;
  answer: string;
  onChange(answer: string): void;
  disabled?: boolean;
  /** Option order to show; defaults to the authored order. */
  order?: (ids: string[]) => string[];
}

export function QuestionControls({ question, answer, onChange, disabled = false, order = (ids) => ids }: Props) {
  const name = useId();
  switch (question.kind) {
    case 'single':
    case 'multiple': {
      const byId = new Map(question.options.map((o) => [o.id, o]));
      const type = question.kind === 'single' ? 'radio' : 'checkbox';
      return (
        <ul className="options" role="list">
          {order(question.options.map((o) => o.id)).map((id) => {
            const option = byId.get(id);
            if (!option) return null;
            return (
              <li key={id}>
                <label className="option">
                  <input
                    type={type}
                    name={name}
                    value={id}
                    checked={answer.includes(id)}
                    disabled={disabled}
                    onChange={() => onChange(question.kind === 'single' ? id : toggleChoice(answer, id))}
                  />
                  <span>
                    <InlineText nodes={option.text} />
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      );
    }
    case 'trueFalse':
      return (
        <ul className="options" role="list">
          {(['t', 'f'] as const).map((value) => (
            <li key={value}>
              <label className="option">
                <input
                  type="radio"
                  name={name}
                  value={value}
                  checked={answer === value}
                  disabled={disabled}
                  onChange={() => onChange(value)}
                />
                <span>{value === 't' ? 'True' : 'False'}</span>
              </label>
            </li>
          ))}
        </ul>
      );
    case 'matching': {
      const ids = sortedPairIds(question);
      const byId = new Map(question.pairs.map((p) => [p.id, p]));
      const targets = order(ids);
      return (
        <ul className="matches" role="list">
          {ids.map((pairId, i) => {
            const pair = byId.get(pairId);
            if (!pair) return null;
            const selectId = `${name}-${pairId}`;
            const chosenId = answer[i] === '-' || answer[i] === undefined ? '' : answer[i];
            const chosen = byId.get(chosenId);
            return (
              <li key={pairId}>
                <label htmlFor={selectId}>
                  <InlineText nodes={pair.prompt} />
                </label>
                <select
                  id={selectId}
                  value={chosenId}
                  disabled={disabled}
                  onChange={(e) => onChange(setMatch(question, answer, pairId, e.target.value))}
                >
                  <option value="">Choose…</option>
                  {targets.map((target) => {
                    const targetPair = byId.get(target);
                    return targetPair ? (
                      <option key={target} value={target}>
                        {inlineLabel(targetPair.answer)}
                      </option>
                    ) : null;
                  })}
                </select>
                {/* A closed select shows one line, cut to its width: the chosen answer in full, for the eye. Screen
                    readers already read it whole as the select's value. */}
                {chosen && (
                  <p className="match-chosen" aria-hidden="true">
                    Your match: {inlineLabel(chosen.answer)}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      );
    }
  }
}

function inlineLabel(nodes: Parameters<typeof InlineText>[0]['nodes']): string {
  return nodes.map((n) => (typeof n === 'string' ? n : 'c' in n ? inlineLabel(n.c) : n.t === 'code' ? n.v : ' ')).join('');
}
