/**
 * A map of Europe with the cities as dots, each linked to its page. Pure: data in, SVG out.
 * Each label goes right of its dot unless that would leave the map or touch a label already
 * placed; then it tries the left, above and below.
 */
import { geoConicConformal, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { bothVariants, esc, r1, svgShell, textWidth, VARIANTS, type ChartText, type Variant } from './svg';

export interface MapCity {
  id: string;
  name: string;
  lon: number;
  lat: number;
  /** Link to the city's page; omitted for cities without one. */
  href?: string | undefined;
}

/** Map height per width: Europe's frame is a little wider than tall. */
const ASPECT = 0.875;
const LABEL = { narrow: 13, wide: 15 } as const;
/** Europe's frame: the projection is fitted to this box so the five cities sit comfortably. */
const FRAME: Feature<Geometry> = {
  type: 'Feature',
  properties: {},
  geometry: { type: 'MultiPoint', coordinates: [[-11, 36], [30, 36], [-11, 64], [30, 64]] },
};

let countries: FeatureCollection | undefined;
const worldCountries = (): FeatureCollection =>
  (countries ??= feature(world as unknown as Topology, (world as unknown as Topology).objects.countries as GeometryCollection) as FeatureCollection);

interface Box { x0: number; x1: number; y0: number; y1: number }
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function draw(text: ChartText, cities: readonly MapCity[], variant: Variant): string {
  const W = VARIANTS[variant];
  const H = Math.round(W * ASPECT);
  const size = LABEL[variant];
  const projection = geoConicConformal().rotate([-10, 0]).parallels([40, 60]).fitSize([W, H], FRAME);
  // Clip to the frame so countries beyond it add no path data.
  projection.clipExtent([[0, 0], [W, H]]);
  const path = geoPath(projection).digits(1);
  const land = worldCountries()
    .features.map((f) => path(f))
    .filter((d): d is string => d !== null && d.length > 0)
    .map((d) => `<path class="map-land" d="${d}"/>`)
    .join('');
  const points = cities.map((c) => ({ c, xy: projection([c.lon, c.lat])! }));
  // Dots first, so no label is placed over another city's dot.
  const placed: Box[] = points.map(({ xy: [x, y] }) => ({ x0: x - 7, x1: x + 7, y0: y - 7, y1: y + 7 }));
  const dots = points
    .map(({ c, xy: [x, y] }, i) => {
      const w = textWidth(c.name, size);
      const options: Array<{ box: Box; tx: number; ty: number; anchor: string }> = [
        { box: { x0: x + 9, x1: x + 9 + w, y0: y - size / 2 - 2, y1: y + size / 2 + 2 }, tx: x + 9, ty: y + size / 3, anchor: 'start' },
        { box: { x0: x - 9 - w, x1: x - 9, y0: y - size / 2 - 2, y1: y + size / 2 + 2 }, tx: x - 9, ty: y + size / 3, anchor: 'end' },
        { box: { x0: x - w / 2, x1: x + w / 2, y0: y - 9 - size, y1: y - 9 }, tx: x, ty: y - 11, anchor: 'middle' },
        { box: { x0: x - w / 2, x1: x + w / 2, y0: y + 9, y1: y + 9 + size }, tx: x, ty: y + 9 + size, anchor: 'middle' },
      ];
      const inside = (b: Box) => b.x0 >= 2 && b.x1 <= W - 2 && b.y0 >= 2 && b.y1 <= H - 2;
      const free = (b: Box) => placed.every((p, j) => j === i || !overlaps(b, p));
      const pick = options.find((o) => inside(o.box) && free(o.box)) ?? options.find((o) => inside(o.box)) ?? options[0]!;
      placed.push(pick.box);
      const dot =
        `<circle class="map-dot" data-mark data-row="${esc(c.id)}" cx="${r1(x)}" cy="${r1(y)}" r="6"/>` +
        `<text class="map-label" x="${r1(pick.tx)}" y="${r1(pick.ty)}"${pick.anchor === 'start' ? '' : ` text-anchor="${pick.anchor}"`}>${esc(c.name)}</text>`;
      return c.href ? `<a href="${esc(c.href)}" aria-label="${esc(c.name)}">${dot}</a>` : `<g>${dot}</g>`;
    })
    .join('');
  return svgShell(text, variant, H, `<rect class="map-sea" width="${W}" height="${H}"/><g class="map-countries" aria-hidden="true">${land}</g><g class="map-cities">${dots}</g>`, true);
}

export const europeMap = (text: ChartText, cities: readonly MapCity[]): string => bothVariants((variant) => draw(text, cities, variant));
