import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { winAnsiSafe } from "./win-ansi";

const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 50;
const GREY = rgb(0.35, 0.38, 0.42);

type TextOptions = { size?: number; bold?: boolean; grey?: boolean; /** #rrggbb */ color?: string };

function hexColor(hex: string) {
  return rgb(parseInt(hex.slice(1, 3), 16) / 255, parseInt(hex.slice(3, 5), 16) / 255, parseInt(hex.slice(5, 7), 16) / 255);
}

let characterSetOfBoth: ReadonlySet<number> | undefined;
/** The characters both standard fonts draw: the same for every document, so found once (it was a quadratic search per PDF). */
function sharedCharacterSet(regular: PDFFont, bold: PDFFont): ReadonlySet<number> {
  if (!characterSetOfBoth) {
    const inBold = new Set(bold.getCharacterSet());
    characterSetOfBoth = new Set(regular.getCharacterSet().filter((code) => inBold.has(code)));
  }
  return characterSetOfBoth;
}

/**
 * A cursor over an A4 document in the standard Helvetica fonts (their text is extractable
 * and needs nothing embedded): write lines top to bottom, right-align figures, wrap long
 * text, and start a new page when the next block would not fit.
 */
export class PdfCanvas {
  private constructor(
    readonly document: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
    private readonly characterSet: ReadonlySet<number>,
    private page: PDFPage,
    /** Baseline of the next line, from the bottom of the page. */
    public y: number,
  ) {}

  static async create(title: string): Promise<PdfCanvas> {
    const document = await PDFDocument.create();
    const [regular, bold] = await Promise.all([document.embedFont(StandardFonts.Helvetica), document.embedFont(StandardFonts.HelveticaBold)]);
    const canvas = new PdfCanvas(document, regular, bold, sharedCharacterSet(regular, bold), document.addPage(A4), A4[1] - MARGIN);
    document.setTitle(canvas.safe(title));
    document.setCreator("Client area");
    document.setProducer("pdf-lib");
    return canvas;
  }

  get width(): number {
    return A4[0] - 2 * MARGIN;
  }

  safe(text: string): string {
    return winAnsiSafe(text, this.characterSet);
  }

  private font(options: TextOptions): PDFFont {
    return options.bold ? this.bold : this.regular;
  }

  textWidth(text: string, options: TextOptions = {}): number {
    return this.font(options).widthOfTextAtSize(this.safe(text), options.size ?? 10);
  }

  /** Draws text with its left edge at `x` (from the left margin) on the current line. */
  text(text: string, x: number, options: TextOptions = {}): void {
    this.page.drawText(this.safe(text), { x: MARGIN + x, y: this.y, size: options.size ?? 10, font: this.font(options), color: options.color ? hexColor(options.color) : options.grey ? GREY : rgb(0, 0, 0) });
  }

  /** Draws text ending at `right` (from the left margin), for figures in columns. */
  textRight(text: string, right: number, options: TextOptions = {}): void {
    this.text(text, right - this.textWidth(text, options), options);
  }

  /** Moves down by `points`; a new page first when fewer than `needs` points are left. */
  down(points: number, needs = points): boolean {
    if (this.y - needs < MARGIN) {
      this.newPage();
      return true;
    }
    this.y -= points;
    return false;
  }

  newPage(): void {
    this.page = this.document.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  rule(): void {
    this.page.drawLine({ start: { x: MARGIN, y: this.y + 4 }, end: { x: A4[0] - MARGIN, y: this.y + 4 }, thickness: 0.5, color: GREY });
  }

  /** Text broken into lines that fit `maxWidth`; a word longer than a line is cut. */
  wrap(text: string, maxWidth: number, options: TextOptions = {}): string[] {
    const lines: string[] = [];
    let line = "";
    for (const word of this.safe(text).split(" ").filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (this.textWidth(candidate, options) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (this.textWidth(line, options) > maxWidth && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && this.textWidth(line.slice(0, cut), options) > maxWidth) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    if (line) lines.push(line);
    return lines.length ? lines : [""];
  }

  /** Draws an image at the cursor's left edge, scaled to fit the box, and moves below it. */
  async image(bytes: Uint8Array, kind: "png" | "jpg", box: { maxWidth: number; maxHeight: number }): Promise<void> {
    const embedded = kind === "png" ? await this.document.embedPng(bytes) : await this.document.embedJpg(bytes);
    const scale = Math.min(box.maxWidth / embedded.width, box.maxHeight / embedded.height, 1);
    const height = embedded.height * scale;
    this.page.drawImage(embedded, { x: MARGIN, y: this.y - height + 10, width: embedded.width * scale, height });
    this.y -= height + 12;
  }

  /** "Page 1 of 2" at the foot of every page, once the pages are known; `footer` (the provider's contact line) at its left. */
  numberPages(label: (page: number, pages: number) => string, footer?: string): void {
    const pages = this.document.getPages();
    const footerText = footer ? this.safe(footer) : null;
    pages.forEach((page, index) => {
      const text = this.safe(label(index + 1, pages.length));
      page.drawText(text, { x: A4[0] - MARGIN - this.regular.widthOfTextAtSize(text, 8), y: MARGIN / 2, size: 8, font: this.regular, color: GREY });
      if (footerText) page.drawText(footerText, { x: MARGIN, y: MARGIN / 2, size: 8, font: this.regular, color: GREY });
    });
  }

  save(): Promise<Uint8Array> {
    // A classic cross-reference table instead of compressed object streams: the same document
    // for every reader, without deflating every object a second time (half the build's CPU).
    return this.document.save({ useObjectStreams: false });
  }
}
