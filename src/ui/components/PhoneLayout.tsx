import { useEffect, type ReactNode } from 'react';
import { MENU_BUTTON_ID, MENU_ID, sheetElementId, sheetTabId, type PhoneLayout, type SheetId } from '../hooks/usePhone';

/** The bottom sheets, in the order of their tabs, with the names their tabs show. */
const SHEETS: readonly { id: SheetId; label: string }[] = [
  { id: 'study', label: 'Hypotheses' },
  { id: 'details', label: 'Details' },
];

const labelOf = (id: SheetId) => SHEETS.find((s) => s.id === id)?.label ?? id;

/**
 * The tab bar at the bottom of the phone layout: one button per sheet, which opens it (and moves
 * the focus into it) or closes it.
 */
export function SheetBar({ layout }: { layout: PhoneLayout }) {
  return (
    <nav className="sheet-bar" aria-label="Panels">
      {SHEETS.map(({ id, label }) => {
        const open = layout.sheet === id;
        return (
          <button
            key={id}
            id={sheetTabId(id)}
            type="button"
            aria-expanded={open}
            aria-controls={sheetElementId(id)}
            onClick={() => layout.setSheet(open ? null : id, { focus: !open })}
          >
            {label}
          </button>
        );
      })}
    </nav>
  );
}

/** Close a sheet and give the focus back to its tab. */
function closeSheet(layout: PhoneLayout, id: SheetId): void {
  layout.setSheet(null);
  document.getElementById(sheetTabId(id))?.focus();
}

/** The top of an open sheet: a grip, its name, "Full height" and "Close". */
function SheetHeader({ layout, id }: { layout: PhoneLayout; id: SheetId }) {
  const label = labelOf(id);
  return (
    <div className="sheet-header">
      <span className="sheet-grip" aria-hidden="true" />
      <span className="sheet-title">{label}</span>
      <button
        type="button"
        className="sheet-size"
        aria-pressed={layout.full}
        onClick={() => layout.setFull(!layout.full)}
      >
        Full height
      </button>
      <button
        type="button"
        className="sheet-close"
        aria-label={`Close ${label}`}
        onClick={() => closeSheet(layout, id)}
      >
        ×
      </button>
    </div>
  );
}

/** The phone header's menu button: shows and hides the search and the toolbar. */
export function MenuButton({ layout }: { layout: PhoneLayout }) {
  const { menuOpen, setMenuOpen } = layout;
  useEffect(() => {
    if (!menuOpen) return;
    // A tap outside the header closes the menu.
    const onPointer = (e: PointerEvent) => {
      if (e.target instanceof Node && !document.querySelector('.app-header')?.contains(e.target)) setMenuOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [menuOpen, setMenuOpen]);
  return (
    <button
      type="button"
      id={MENU_BUTTON_ID}
      className="menu-button"
      aria-expanded={menuOpen}
      aria-controls={MENU_ID}
      onClick={() => setMenuOpen(!menuOpen)}
    >
      Menu
    </button>
  );
}

/**
 * A side panel of the desktop layout, which the phone layout turns into a bottom sheet (open,
 * full height or folded, with its own header).
 */
export function SidePanel({
  layout,
  id,
  side,
  label,
  region,
  children,
}: {
  layout: PhoneLayout;
  id: SheetId;
  side: 'left' | 'right';
  label: string;
  /** Its name for F6 (`ui/regions.ts`). */
  region: string;
  children: ReactNode;
}) {
  const state = layout.sheet === id ? (layout.full ? ' is-open is-full' : ' is-open') : '';
  return (
    <aside
      id={sheetElementId(id)}
      className={`sidebar sidebar-${side}${state}`}
      aria-label={label}
      data-region={region}
      tabIndex={-1}
    >
      {layout.phone && <SheetHeader layout={layout} id={id} />}
      {children}
    </aside>
  );
}
