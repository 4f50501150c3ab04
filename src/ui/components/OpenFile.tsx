import { useRef } from 'react';
import { ACCEPT } from '../../model/formats/registry';
import { loadFile } from '../../store/boot';

/** "Open…": choose a pathway file in any format of the registry (`model/formats/registry.ts`). */
export function OpenFile() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => input.current?.click()}
        title="Open a pathway file (or drop one on the page)"
      >
        Open…
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Pathway file to open"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void file.text().then((text) => loadFile(text, file.name));
        }}
      />
    </>
  );
}
