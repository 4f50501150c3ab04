import { useId, useRef, useState } from 'react';
import { shortCitation } from '../../model/citation';
import type { Model } from '../../model/model';
import { EMPTY_TEXT, proseProblems } from '../../model/tourEdit';

interface ProseFieldProps {
  readonly model: Model;
  readonly label: string;
  /** The saved text. */
  readonly value: string;
  /** Saves the text; called only with text that passes the checks. */
  readonly onSave: (text: string) => void;
  /** A one-line field (a title) rather than markdown with citations. */
  readonly single?: boolean;
  /** May be left empty (speaker notes); an empty optional field saves as `''`. */
  readonly optional?: boolean;
  readonly hint?: string;
}

/**
 * A text field that saves as it is typed, once what is typed passes the checks: not empty (unless
 * optional), every `[@key]` a reference of the pathway (a near miss is named), no malformed
 * citation. Until then the problems show under the field and the saved text stays. Markdown fields
 * can insert a citation from the pathway's references at the caret.
 */
export function ProseField({ model, label, value, onSave, single = false, optional = false, hint }: ProseFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const field = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const references = model.pathway.references;
  // A title is plain text: only its emptiness is checked.
  const problemsOf = (text: string) =>
    single ? (text.trim() ? [] : [EMPTY_TEXT]) : proseProblems(text, references, !optional);
  const problems = problemsOf(draft);
  const change = (text: string) => {
    setDraft(text);
    if (!problemsOf(text).length && text !== value) onSave(text);
  };
  const insertCitation = (key: string) => {
    const el = field.current;
    const at = el?.selectionStart ?? draft.length;
    const end = el?.selectionEnd ?? at;
    const cite = `[@${key}]`;
    const before = draft.slice(0, at);
    const spaced = before && !/\s$/.test(before) ? ` ${cite}` : cite;
    change(`${before}${spaced}${draft.slice(end)}`);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(at + spaced.length, at + spaced.length);
    });
  };
  const choices = Object.entries(references)
    .map(([key, ref]) => ({ key, text: `${shortCitation(ref)} — ${ref.title.slice(0, 70)}` }))
    .sort((a, b) => a.text.localeCompare(b.text));
  const describedBy = [hint ? `${id}-hint` : '', problems.length ? `${id}-problems` : ''].filter(Boolean).join(' ');
  const common = {
    id,
    ref: field,
    value: draft,
    'aria-invalid': problems.length > 0,
    'aria-describedby': describedBy || undefined,
  };
  return (
    <div className="prose-field">
      <label htmlFor={id}>{label}</label>
      {single ? (
        <input {...common} type="text" onChange={(e) => change(e.target.value)} />
      ) : (
        <textarea {...common} rows={4} onChange={(e) => change(e.target.value)} />
      )}
      {hint && (
        <p id={`${id}-hint`} className="muted field-hint">
          {hint}
        </p>
      )}
      <div id={`${id}-problems`} className="field-problems" aria-live="polite">
        {problems.length > 0 && (
          <>
            <p>Not saved until this is fixed:</p>
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      {!single && choices.length > 0 && (
        <label className="cite-picker">
          Insert a citation{' '}
          <select
            value=""
            onChange={(e) => {
              if (e.target.value) insertCitation(e.target.value);
            }}
          >
            <option value="">Choose a reference…</option>
            {choices.map((c) => (
              <option key={c.key} value={c.key}>
                {c.text}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
