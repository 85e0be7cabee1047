import QRCode from 'qrcode';

/** A QR code of `url` as SVG markup: no script, no inline style, prints sharp at any size. */
export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, {
    type: 'svg',
    margin: 0,
    errorCorrectionLevel: 'M',
    color: { dark: '#000000', light: '#ffffff' },
  });
}
