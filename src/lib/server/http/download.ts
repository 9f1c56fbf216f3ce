/** A workbook to download, named for the person's file system (ASCII name plus the UTF-8 one). */
export function xlsxResponse(file: { bytes: Uint8Array; fileName: string }): Response {
	return new Response(file.bytes.slice(), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
			'cache-control': 'private, no-store'
		}
	});
}
