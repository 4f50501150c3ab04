// @vitest-environment jsdom
/**
 * The Open dialog, the Export dialog and drag and drop list the formats of the registry
 * (src/model/formats/registry.ts), not tables of their own.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ACCEPT, CITATION_FORMATS, FORMATS, formatById } from '../../../src/model/formats/registry';
import { appStore } from '../../../src/store/store';
import { ExportDialog } from '../../../src/ui/components/ExportDialog';
import { OpenFile } from '../../../src/ui/components/OpenFile';
import { fileToOpen } from '../../../src/ui/hooks/useFileDrop';
import { fixtureModel } from '../../helpers/fixtures';

const downloads = vi.hoisted(() => [] as { text: string; fileName: string; mimeType: string | undefined }[]);
vi.mock('../../../src/lib/download', () => ({
  downloadText: (text: string, fileName: string, mimeType?: string) => downloads.push({ text, fileName, mimeType }),
}));

beforeEach(() => {
  downloads.length = 0;
});

describe('the Open dialog', () => {
  it('accepts exactly the extensions of the registry', () => {
    const { container } = render(<OpenFile />);
    const input = container.querySelector('input[type=file]');
    expect(input).toHaveAttribute('accept', ACCEPT);
    for (const format of FORMATS)
      for (const ext of format.extensions) expect(ACCEPT.split(','), format.id).toContain(`.${ext}`);
  });
});

describe('the Export dialog', () => {
  const open = () => {
    appStore.getState().loadModel(fixtureModel());
    render(<ExportDialog />);
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    return screen.getByRole('dialog', { name: 'Export' });
  };

  it('lists the data formats and citation formats of the registry, in its order', () => {
    const dialog = open();
    const names = within(dialog)
      .getAllByRole('button')
      .map((b) => b.textContent);
    const data = FORMATS.map((f) => f.export.button);
    const citations = CITATION_FORMATS.map((f) => f.label);
    const start = names.indexOf(data[0]!);
    expect(names.slice(start, start + data.length)).toEqual(data);
    const cite = names.indexOf(citations[0]!);
    expect(names.slice(cite, cite + citations.length)).toEqual(citations);
  });

  it('downloads with the name and MIME type the registry gives, and says what the format loses', async () => {
    const dialog = open();
    const sif = formatById('sif');
    fireEvent.click(within(dialog).getByRole('button', { name: sif.export.button }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]).toMatchObject({ fileName: `mini.${sif.extensions[0]}`, mimeType: sif.mimeTypes[0] });
    const status = within(dialog).getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent(`Saved mini.sif. Not carried by ${sif.label}:`));
    for (const loss of sif.export.loses) expect(status).toHaveTextContent(loss);

    const bib = CITATION_FORMATS[0]!;
    fireEvent.click(within(dialog).getByRole('button', { name: bib.label }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads[1]).toMatchObject({ fileName: `mini-references.${bib.extension}`, mimeType: bib.mimeType });
  });
});

describe('drag and drop', () => {
  const file = (name: string, type = '') => new File(['x'], name, { type });

  it('opens the first dropped file the registry knows by name or type', () => {
    expect(fileToOpen([file('notes.docx'), file('net.sif'), file('net.graphml')])?.name).toBe('net.sif');
    expect(fileToOpen([file('photo'), file('data', 'application/json')])?.name).toBe('data');
  });

  it('falls back on the first file, which the loader then judges by its content', () => {
    expect(fileToOpen([file('a.dat'), file('b.bin')])?.name).toBe('a.dat');
    expect(fileToOpen([])).toBeUndefined();
  });
});
