import "server-only";
import QRCode from "qrcode";
import { formatManualKey, totpUri } from "./totp";

/** What the setup step shows: the QR code (as a data URL, made on the server) and the same key to type. */
export async function twoFactorEnrolment(secret: string, input: { issuer: string; account: string }) {
  const svg = await QRCode.toString(totpUri(secret, input), { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`, manualKey: formatManualKey(secret) };
}
