import { act, screen, within } from '@testing-library/react';
import { renderApp as renderAppWith } from '../helpers/renderApp';
import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { strokeId } from '../../src/graph/elements';
import { loadFile } from '../../src/store/boot';
import { appStore } from '../../src/store/store';
import { fixtureModel } from '../helpers/fixtures';

const renderApp = (search = '') => renderAppWith(fixtureModel(), search);

// Through the stylesheet (`.hidden` → display: none). Cytoscape styles lazily and keeps `visible()`
// until an element's style is next computed, which a browser's next frame does for all: so here.
const visible = (cy: Core, id: string) => {
  cy.elements().forEach((e) => void e.style('display'));
  return cy.$id(id).visible();
};

describe('App', () => {
  it('lists every layer with its switch, summary and key papers', async () => {
    await renderApp();
    const alpha = screen.getByRole('checkbox', { name: /1\. Alpha hypothesis/ });
    expect(alpha).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /3\. Critique/ })).not.toBeChecked();
    expect(screen.getByText('A acts through B.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Smith et al. 2020' })).toHaveAttribute(
      'href',
      'https://doi.org/10.1000/test.2020.1',
    );
  });

  it('toggling a layer changes the diagram without moving anything', async () => {
    const { cy, user } = await renderApp();
    const before = cy.nodes().map((n) => n.position());
    expect(visible(cy, strokeId('a-inhibits-b', 'alpha'))).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: /Alpha hypothesis/ }));
    expect(visible(cy, strokeId('a-inhibits-b', 'alpha'))).toBe(false);
    expect(visible(cy, 'a')).toBe(false);
    expect(visible(cy, strokeId('b-activates-c', 'beta'))).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: /Critique/ }));
    expect(visible(cy, strokeId('f-questions-d', 'critique'))).toBe(true);
    expect(cy.$id(strokeId('d-binds-c', 'beta')).hasClass('contested')).toBe(true);
    expect(cy.nodes().map((n) => n.position())).toEqual(before);
  });

  it('clicking an edge opens its claim, status and evidence with DOI and PubMed links', async () => {
    const { cy } = await renderApp();
    act(() => {
      cy.$id(strokeId('b-activates-c', 'beta')).emit('tap');
    });
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByText('B activates C.')).toBeInTheDocument();
    expect(within(details).getByText('inferred')).toBeInTheDocument();
    expect(within(details).getByText('No work shows it directly; it follows from two findings.')).toBeInTheDocument();
    expect(within(details).getByRole('link', { name: /DOI 10\.1000\/test\.2020\.1/ })).toHaveAttribute(
      'href',
      'https://doi.org/10.1000/test.2020.1',
    );
    expect(within(details).getByRole('link', { name: /PubMed 12345678/ })).toHaveAttribute(
      'href',
      'https://pubmed.ncbi.nlm.nih.gov/12345678/',
    );
    expect(within(details).getByText(/supports/)).toBeInTheDocument();
    expect(within(details).getByText('review')).toBeInTheDocument();
    expect(cy.$id(strokeId('b-activates-c', 'alpha')).hasClass('is-selected')).toBe(true);
  });

  it('shows contesting evidence as such', async () => {
    await renderApp('?select=edge:d-binds-c');
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByText(/contests/)).toBeInTheDocument();
    expect(within(details).getByText('Doubts the assay.')).toBeInTheDocument();
  });

  it('clicking a node shows its identifiers and the edges touching it, which are clickable', async () => {
    const { cy, user } = await renderApp();
    act(() => {
      cy.$id('b').emit('tap');
    });
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByRole('heading', { name: 'Protein B' })).toBeInTheDocument();
    expect(within(details).getByRole('link', { name: /UniProt Q16620/ })).toHaveAttribute(
      'href',
      'https://identifiers.org/uniprot:Q16620',
    );
    await user.click(within(details).getByRole('button', { name: /→ Receptor C/ }));
    expect(appStore.getState().selection).toEqual({ kind: 'edge', id: 'b-activates-c' });
    expect(within(details).getByText('B activates C.')).toBeInTheDocument();
  });

  it('Esc and the close button clear the selection', async () => {
    const { user } = await renderApp('?select=node:c');
    await user.keyboard('{Escape}');
    expect(appStore.getState().selection).toBeNull();
    act(() => appStore.getState().select({ kind: 'node', id: 'c' }));
    await user.click(screen.getByRole('button', { name: 'Close details' }));
    expect(appStore.getState().selection).toBeNull();
  });

  it('search finds a node by synonym and focuses it', async () => {
    const { cy, user } = await renderApp();
    await user.type(screen.getByRole('searchbox', { name: 'Find' }), 'alphaz');
    await user.click(within(screen.getByRole('list', { name: 'Matches' })).getByRole('button', { name: /Drug A/ }));
    expect(appStore.getState().selection).toEqual({ kind: 'node', id: 'a' });
    expect(cy.$id('a').hasClass('is-selected')).toBe(true);
    await user.type(screen.getByRole('searchbox', { name: 'Find' }), 'receptor{Enter}');
    expect(appStore.getState().selection).toEqual({ kind: 'node', id: 'c' });
  });

  it('every edge is reachable from the keyboard through the layer lists', async () => {
    const { user } = await renderApp();
    await user.click(screen.getAllByText('3 interactions')[0]!);
    await user.click(screen.getAllByRole('button', { name: 'Drug A → Protein B' })[0]!);
    expect(appStore.getState().selection).toEqual({ kind: 'edge', id: 'a-inhibits-b' });
  });

  it('a malformed URL gives a visible notice and the app still works', async () => {
    const { user } = await renderApp('?layers=alpha,nope&select=zzz');
    const status = screen.getByRole('status', { name: 'Notices' });
    expect(within(status).getByText('There is no layer “nope”; it was ignored.')).toBeInTheDocument();
    expect(within(status).getByText(/not node:<id> or edge:<id>/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Alpha/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Beta/ })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: /Dismiss: There is no layer/ }));
    expect(within(status).queryByText('There is no layer “nope”; it was ignored.')).toBeNull();
  });

  it("an opened file's import notes fold under one notice, so they never crowd the diagram", async () => {
    await renderApp();
    const sif = 'a\tactivates\tb\nb\tweird-type\tc\nc\tstrange-type\td\nd\tinhibits\ta\n';
    await act(() => loadFile(sif, 'mine.sif'));
    const status = screen.getByRole('status', { name: 'Notices' });
    expect(within(status).getAllByRole('button', { name: /^Dismiss/ })).toHaveLength(1);
    const opened = within(status).getByText('Opened mine.sif.').closest('.notice')!;
    const details = within(opened as HTMLElement)
      .getByText('2 notes about this file')
      .closest('details')!;
    expect(details.open).toBe(false);
    expect(
      within(details)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining('"weird-type"'), expect.stringContaining('"strange-type"')]);
  });

  it('the legend explains every relation and status', async () => {
    await renderApp();
    const legend = screen.getByText('Legend').closest('details')!;
    for (const word of [
      'positive influence',
      'negative influence',
      'necessary stimulation',
      'unknown influence',
      'binds',
      'allosteric modulation',
    ]) {
      expect(within(legend).getByText(word)).toBeInTheDocument();
    }
    for (const word of ['established', 'proposed', 'inferred', 'disputed']) {
      expect(within(legend).getAllByText(word).length).toBeGreaterThan(0);
    }
  });
});
