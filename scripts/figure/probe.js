// Loaded into the page by scripts/figure-check.ts (a plain script tag, so no bundler or TypeScript
// transform touches it). It reads what Cytoscape has drawn — element geometry in model coordinates,
// the viewport, label sizes — and the rectangles of the page regions that cover the canvas.
window.__figureProbe = function figureProbe() {
  const cy = window.__cy;
  if (!cy) return null;
  const container = cy.container().getBoundingClientRect();
  const zoom = cy.zoom();
  const pan = cy.pan();
  const px = (v) => (typeof v === 'number' ? v : parseFloat(String(v)) || 0);
  const labelOf = (ele) => {
    const text = String(ele.style('label') || '');
    const size = px(ele.style('font-size'));
    const minZoomed = px(ele.style('min-zoomed-font-size'));
    return { text, size, minZoomed };
  };
  const box = (bb) => ({ x1: bb.x1, y1: bb.y1, x2: bb.x2, y2: bb.y2 });
  const nodes = cy.nodes(':visible').map((n) => ({
    id: n.id(),
    // The node a glyph draws (a clone draws the node it copies).
    entity: n.data('entity') || n.id(),
    parent: n.isChild() ? n.parent().id() : null,
    isParent: n.isParent(),
    box: box(n.boundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false })),
    label: labelOf(n),
  }));
  const edges = cy.edges(':visible').map((e) => {
    const curve = String(e.style('curve-style'));
    const src = e.sourceEndpoint();
    const tgt = e.targetEndpoint();
    let points;
    if (curve === 'segments' || curve === 'taxi' || curve === 'round-segments' || curve === 'round-taxi') {
      points = [src, ...(e.segmentPoints() || []), tgt];
    } else if (curve === 'bezier' || curve === 'unbundled-bezier') {
      const cps = e.controlPoints() || [];
      points = [src];
      // Cytoscape draws a chain of quadratic curves through the midpoints of successive control points.
      let start = src;
      cps.forEach((cp, i) => {
        const end = i === cps.length - 1 ? tgt : { x: (cp.x + cps[i + 1].x) / 2, y: (cp.y + cps[i + 1].y) / 2 };
        for (let t = 0.1; t <= 1.0001; t += 0.1) {
          const a = (1 - t) * (1 - t);
          const b = 2 * (1 - t) * t;
          const c = t * t;
          points.push({ x: a * start.x + b * cp.x + c * end.x, y: a * start.y + b * cp.y + c * end.y });
        }
        start = end;
      });
      if (!cps.length) points.push(tgt);
    } else {
      points = [src, tgt];
    }
    return {
      id: e.id(),
      edgeId: e.data('edgeId') || e.id(),
      source: e.source().id(),
      target: e.target().id(),
      curve,
      points: points.map((p) => ({ x: p.x, y: p.y })),
      label: labelOf(e),
    };
  });
  const rect = (sel) => {
    const el = document.querySelector(sel);
    if (!el || el.hidden) return null;
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height) return null;
    return { x1: r.left, y1: r.top, x2: r.right, y2: r.bottom };
  };
  return {
    zoom,
    pan: { x: pan.x, y: pan.y },
    canvas: { x1: container.left, y1: container.top, x2: container.right, y2: container.bottom },
    viewport: { width: window.innerWidth, height: window.innerHeight },
    caption: rect('.tour-caption'),
    nodes,
    edges,
  };
};

/**
 * Resolves when the camera has settled: fonts loaded, then the same viewport over 15 frames in a row
 * (first framing, the caption's inset, resize reframes), or after 300 frames at most.
 */
window.__figureSettle = async function figureSettle() {
  const cy = window.__cy;
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  await document.fonts.ready;
  let last = '';
  let same = 0;
  for (let i = 0; i < 300 && same < 15; i++) {
    await frame();
    const now = `${cy.zoom()}|${cy.pan().x}|${cy.pan().y}`;
    same = now === last ? same + 1 : 0;
    last = now;
  }
};
