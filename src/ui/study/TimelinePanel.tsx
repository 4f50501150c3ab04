import { useMemo } from 'react';
import { useAppStore } from '../hooks/useAppStore';
import { issuedYear, primaryLink, shortCitation } from '../../model/citation';
import type { Model } from '../../model/model';
import { selectHighlightRef, selectModel } from '../../store/selectors';
import { appActions } from '../../store/store';
import { ExternalLink } from '../components/ExternalLink';
import { LineSample } from '../components/Glyphs';

interface Entry {
  key: string;
  year: number | undefined;
  label: string;
  href: string | undefined;
  /** For each layer: does this reference support or contest edges the layer asserts? */
  stances: { layer: string; stance: 'supports' | 'contests' }[];
  experiments: string[];
}

function timeline(model: Model): Entry[] {
  return Object.entries(model.pathway.references)
    .map(([key, ref]) => {
      const stances = new Map<string, 'supports' | 'contests'>();
      for (const edge of model.pathway.edges)
        for (const ev of edge.evidence)
          if (ev.ref === key)
            for (const layer of edge.layers) {
              const id = `${layer}|${ev.stance}`;
              if (!stances.has(id)) stances.set(id, ev.stance);
            }
      return {
        key,
        year: issuedYear(ref),
        label: shortCitation(ref),
        href: primaryLink(ref),
        stances: [...stances].map(([id, stance]) => ({ layer: id.split('|')[0] ?? '', stance })),
        experiments: (model.pathway.experiments ?? [])
          .filter((x) => x.observed.evidence.some((ev) => ev.ref === key))
          .map((x) => x.title),
      };
    })
    .sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || a.label.localeCompare(b.label));
}

/** The model's references by year, marked supports / contests per hypothesis; hover or focus highlights. */
export function TimelinePanel() {
  const model = useAppStore(selectModel);
  const highlight = useAppStore(selectHighlightRef);
  const entries = useMemo(() => (model ? timeline(model) : []), [model]);
  const { setHighlightRef } = appActions();
  if (!model) return null;
  const years = [...new Set(entries.map((e) => e.year))];
  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Evidence timeline</h2>
      <p className="muted">
        How the debate moved. Point at or focus a paper to see what it is cited for on the diagram.
      </p>
      <ol className="timeline-years">
        {years.map((year) => (
          <li key={year ?? 'undated'}>
            <h3>{year ?? 'Undated'}</h3>
            <ul>
              {entries
                .filter((e) => e.year === year)
                .map((e) => (
                  <li
                    key={e.key}
                    className={highlight === e.key ? 'timeline-ref is-highlighted' : 'timeline-ref'}
                    onMouseEnter={() => setHighlightRef(e.key)}
                    onMouseLeave={() => setHighlightRef(null)}
                    onFocus={() => setHighlightRef(e.key)}
                    onBlur={() => setHighlightRef(null)}
                  >
                    {e.href ? <ExternalLink href={e.href}>{e.label}</ExternalLink> : <span>{e.label}</span>}
                    <ul className="stances">
                      {e.stances.map((s) => {
                        const layer = model.layerById.get(s.layer);
                        if (!layer) return null;
                        return (
                          <li key={`${s.layer}-${s.stance}`} className={`stance-${s.stance}`}>
                            <LineSample color={layer.color} lineStyle={layer.lineStyle} width={16} />{' '}
                            {s.stance === 'supports' ? '✓' : '✗'} {s.stance} · {layer.title}
                          </li>
                        );
                      })}
                      {e.experiments.map((t) => (
                        <li key={t}>⚗ observed in: {t}</li>
                      ))}
                    </ul>
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
