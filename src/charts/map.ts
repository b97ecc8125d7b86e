/** A map of Europe with the cities as dots, each linked to its page. Pure: data in, SVG out. */
import { geoConicConformal, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { esc, r1, svgShell, type ChartText } from './svg';

export interface MapCity {
  id: string;
  name: string;
  lon: number;
  lat: number;
  /** Link to the city's page; omitted for cities without one. */
  href?: string | undefined;
}

const WIDTH = 640;
const HEIGHT = 560;
/** Europe's frame: the projection is fitted to this box so the five cities sit comfortably. */
const FRAME: Feature<Geometry> = {
  type: 'Feature',
  properties: {},
  geometry: { type: 'MultiPoint', coordinates: [[-11, 36], [30, 36], [-11, 64], [30, 64]] },
};

let countries: FeatureCollection | undefined;
const worldCountries = (): FeatureCollection =>
  (countries ??= feature(world as unknown as Topology, (world as unknown as Topology).objects.countries as GeometryCollection) as FeatureCollection);

export function europeMap(text: ChartText, cities: readonly MapCity[]): string {
  const projection = geoConicConformal().rotate([-10, 0]).parallels([40, 60]).fitSize([WIDTH, HEIGHT], FRAME);
  // Clip to the frame so countries beyond it add no path data.
  projection.clipExtent([[0, 0], [WIDTH, HEIGHT]]);
  const path = geoPath(projection).digits(1);
  const land = worldCountries()
    .features.map((f) => path(f))
    .filter((d): d is string => d !== null && d.length > 0)
    .map((d) => `<path class="map-land" d="${d}"/>`)
    .join('');
  const dots = cities
    .map((c) => {
      const [x, y] = projection([c.lon, c.lat])!;
      const dot = `<circle class="map-dot" data-mark data-row="${esc(c.id)}" cx="${r1(x)}" cy="${r1(y)}" r="6"/>` +
        `<text class="map-label" x="${r1(x + 9)}" y="${r1(y + 4)}">${esc(c.name)}</text>`;
      return c.href ? `<a href="${esc(c.href)}" aria-label="${esc(c.name)}">${dot}</a>` : `<g>${dot}</g>`;
    })
    .join('');
  return svgShell(text, WIDTH, HEIGHT, `<rect class="map-sea" width="${WIDTH}" height="${HEIGHT}"/><g class="map-countries" aria-hidden="true">${land}</g><g class="map-cities">${dots}</g>`, true);
}
