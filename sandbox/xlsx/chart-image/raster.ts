// A small RGBA drawing surface: rectangles, thick lines, pie slices and pixel-font text.
import {textPixels} from './pixel-font';

export type Colour = readonly [number, number, number];

export function colourOf(hex: string): Colour {
  const n = parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export class Raster {
  readonly pixels: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
    background: Colour
  ) {
    this.pixels = new Uint8Array(width * height * 4);
    this.fillRect(0, 0, width, height, background);
  }

  plot(x: number, y: number, colour: Colour): void {
    const px = Math.round(x);
    const py = Math.round(y);
    if (px < 0 || py < 0 || px >= this.width || py >= this.height) return;
    const i = (py * this.width + px) * 4;
    this.pixels.set([...colour, 255], i);
  }

  fillRect(x: number, y: number, w: number, h: number, colour: Colour): void {
    for (let py = Math.round(y); py < Math.round(y + h); py++)
      for (let px = Math.round(x); px < Math.round(x + w); px++)
        this.plot(px, py, colour);
  }

  /** A line `thickness` pixels wide, stepped one pixel at a time along its longer axis. */
  line(
    x0: number,
    y0: number,
    x1: number,
    y1: number,
    colour: Colour,
    thickness = 1
  ): void {
    const steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0), 1);
    const half = Math.floor(thickness / 2);
    for (let s = 0; s <= steps; s++) {
      const x = x0 + ((x1 - x0) * s) / steps;
      const y = y0 + ((y1 - y0) * s) / steps;
      this.fillRect(x - half, y - half, thickness, thickness, colour);
    }
  }

  /** Slices of a pie, clockwise from twelve o'clock, each `shares[i]` of the whole. */
  pie(
    cx: number,
    cy: number,
    radius: number,
    shares: readonly number[],
    colours: readonly Colour[]
  ): void {
    const ends: number[] = [];
    let total = 0;
    for (const s of shares) ends.push((total += s));
    for (let y = -radius; y <= radius; y++)
      for (let x = -radius; x <= radius; x++) {
        if (x * x + y * y > radius * radius) continue;
        const turn =
          ((Math.atan2(x, -y) / (2 * Math.PI) + 1) % 1) * (total || 1);
        const slice = ends.findIndex(end => turn < end);
        if (slice >= 0)
          this.plot(cx + x, cy + y, colours[slice % colours.length]);
      }
  }

  text(x: number, y: number, text: string, colour: Colour, scale = 1): void {
    for (const p of textPixels(text, scale))
      this.plot(x + p.x, y + p.y, colour);
  }
}
