import { useEffect, useState } from 'react';
import { formatsOfFile } from '../../model/formats/registry';
import { loadFile } from '../../store/boot';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/**
 * The dropped file to open: the first whose name or type is one the format registry knows; else the
 * first file, since the loader also recognises a file by its content.
 */
export function fileToOpen(files: ArrayLike<File>): File | undefined {
  const list = Array.from(files);
  return list.find((f) => formatsOfFile(f.name, f.type).length > 0) ?? list[0];
}

/** Drop a pathway file anywhere on the app to open it. Returns whether a file is being dragged over. */
export function useFileDrop(): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setOver(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (!depth) setOver(false);
    };
    const overHandler = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const file = e.dataTransfer ? fileToOpen(e.dataTransfer.files) : undefined;
      if (file) void file.text().then((text) => loadFile(text, file.name));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overHandler);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overHandler);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return over;
}
