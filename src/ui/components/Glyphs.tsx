/**
 * Small SVG samples of the canvas notation, drawn from the same tables as the stylesheet.
 */
import { LINE_DASH, type ArrowGlyph } from '../../model/notation';
import type { LineStyle } from '../../model/types';

const INK = 'currentColor';

/** A horizontal stroke in a layer's colour and dash pattern. */
export function LineSample({ color, lineStyle, width = 36 }: { color: string; lineStyle: LineStyle; width?: number }) {
  const dash = LINE_DASH[lineStyle];
  return (
    <svg className="glyph" width={width} height="12" viewBox={`0 0 ${width} 12`} aria-hidden="true" focusable="false">
      <line
        x1="1"
        y1="6"
        x2={width - 1}
        y2="6"
        stroke={color}
        strokeWidth="3"
        strokeDasharray={dash ? dash.join(' ') : undefined}
      />
    </svg>
  );
}

/** An arrowhead (at the right end) or a mid-edge marker. */
export function ArrowSample({ glyph, position = 'end' }: { glyph: ArrowGlyph; position?: 'end' | 'mid' }) {
  const x = position === 'end' ? 38 : 24;
  const fill = glyph.fill === 'filled' ? INK : 'var(--panel-bg, #fff)';
  const common = { stroke: INK, strokeWidth: 1.6, fill };
  let head = null;
  switch (glyph.shape) {
    case 'triangle':
      head = <polygon points={`${x - 9},1 ${x},6 ${x - 9},11`} {...common} />;
      break;
    case 'triangle-cross':
      head = (
        <g>
          <polygon points={`${x - 9},1 ${x},6 ${x - 9},11`} {...common} />
          <line x1={x - 13} y1="0" x2={x - 13} y2="12" stroke={INK} strokeWidth="1.8" />
        </g>
      );
      break;
    case 'tee':
      head = <rect x={x - 3} y="0" width="3" height="12" fill={INK} />;
      break;
    case 'diamond':
      head = <polygon points={`${x - 12},6 ${x - 6},1 ${x},6 ${x - 6},11`} {...common} />;
      break;
    case 'circle':
      head = <circle cx={x - 5} cy="6" r="4.5" {...common} />;
      break;
    case 'square':
      head = <rect x={x - 9} y="2" width="8" height="8" {...common} />;
      break;
    default:
      head = null;
  }
  return (
    <svg className="glyph" width="40" height="12" viewBox="0 0 40 12" aria-hidden="true" focusable="false">
      <line x1="1" y1="6" x2={position === 'end' ? x - 6 : 39} y2="6" stroke={INK} strokeWidth="2" />
      {head}
    </svg>
  );
}
