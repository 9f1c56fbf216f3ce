import type { Actions } from './$types';
import { planAlternatives, planSample } from '$lib/indicators/plan';
import { parseForm, readForm } from '$lib/server/http/form';
import { planFormSchema } from '$lib/server/indicators/schema';

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const values = await readForm(request);
		const given = Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== ''));
		const parsed = parseForm(planFormSchema, given, locals.locale);
		if (!parsed.ok) return parsed.failure;
		return { values, plan: planSample(parsed.data), alternatives: planAlternatives(parsed.data) };
	}
};
