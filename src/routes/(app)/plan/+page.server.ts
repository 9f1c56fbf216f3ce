import { fail, type ActionFailure } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { planAlternatives, planSample } from '$lib/indicators/plan';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/http/require-user';
import { attempt, parseForm, readForm, type FormFailure, type FormValues } from '$lib/server/http/form';
import { FEW_CLUSTERS_FOR_ICC, observeIcc } from '$lib/server/indicators/observed-icc';
import { planFormSchema } from '$lib/server/indicators/schema';
import { sampleTargetSchema } from '$lib/server/results/schema';
import { listCampaignsToTarget, setSampleTarget } from '$lib/server/results/service';

const PLAN_FIELDS = ['p1', 'p2', 'alpha', 'power', 'deff', 'clusterSize', 'icc'];

/** The planner's answer to the values given, or its failure with a message per field. */
function calculate(values: FormValues, locale: string) {
	const given = Object.fromEntries(
		Object.entries(values).filter(([name, value]) => PLAN_FIELDS.includes(name) && value.trim() !== '')
	);
	const parsed = parseForm(planFormSchema, given, locale);
	if (!parsed.ok) return parsed;
	return {
		ok: true as const,
		answer: { values, plan: planSample(parsed.data), alternatives: planAlternatives(parsed.data) }
	};
}

export const load: PageServerLoad = async ({ locals }) => {
	const db = getDb();
	const [campaigns, observed] = locals.user
		? await Promise.all([listCampaignsToTarget(db, locals.user.id), observeIcc(db, locals.user.id)])
		: [[], null];
	return {
		targetable: campaigns.map(({ id, title, sampleTarget }) => ({ id, title, sampleTarget })),
		observed: observed && { ...observed, few: observed.clusters < FEW_CLUSTERS_FOR_ICC }
	};
};

export const actions: Actions = {
	calculate: async ({ request, locals }) => {
		const outcome = calculate(await readForm(request), locals.locale);
		return outcome.ok ? outcome.answer : outcome.failure;
	},
	// The form carries the plan's values again, so that the page still shows the plan it was saved from.
	target: async ({ request, locals, url }) => {
		const { user } = requireUser(locals, url);
		const values = await readForm(request);
		const plan = calculate(values, locals.locale);
		const withPlan = (failure: ActionFailure<FormFailure>) =>
			plan.ok
				? fail(failure.status, { ...failure.data, plan: plan.answer.plan, alternatives: plan.answer.alternatives })
				: failure;
		const parsed = parseForm(sampleTargetSchema, values, locals.locale);
		if (!parsed.ok) return withPlan(parsed.failure);
		const saved = await attempt(locals.locale, values, () =>
			setSampleTarget(getDb(), user.id, parsed.data.campaignId, parsed.data.target)
		);
		if (!saved.ok) return withPlan(saved.failure);
		const target = { campaignId: saved.value.id, title: saved.value.title, target: parsed.data.target };
		return plan.ok ? { ...plan.answer, targetSaved: target } : { values, targetSaved: target };
	}
};
