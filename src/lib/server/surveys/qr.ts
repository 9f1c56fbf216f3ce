import QRCode from 'qrcode';

/** A QR code as an SVG document, made on the server so that no script is needed to show or print it. */
export async function renderQrSvg(text: string): Promise<string> {
	return QRCode.toString(text, {
		type: 'svg',
		errorCorrectionLevel: 'M',
		margin: 2,
		color: { dark: '#000000', light: '#ffffff' }
	});
}
