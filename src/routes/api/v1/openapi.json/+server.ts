import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { buildOpenApiDocument } from '$lib/server/api/openapi';

export const GET: RequestHandler = ({ url }) => json(buildOpenApiDocument(url.origin));
