import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSession, validateSessionToken } from '$lib/server/auth/session';
import { insertMembership } from '$lib/server/organisations/repository';
import {
	changeMemberRole,
	createOrganisation,
	getOrganisationForMember,
	listMembers,
	listOrganisationsOfUser,
	pickActiveOrganisation,
	removeMember,
	switchOrganisation
} from '$lib/server/organisations/service';
import type { Role } from '$lib/server/organisations/organisation';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../../../../helpers/db';
import { createUser, setUpSahelInfo } from '../../../../helpers/fixtures';

describe.each(DIALECTS)('organisations on %s', (dialect) => {
	let t: TestDatabase;
	let owner: string;
	let orgId: string;
	const people: Record<Exclude<Role, 'owner'> | 'outsider', string> = {
		editor: '',
		viewer: '',
		enumerator: '',
		outsider: ''
	};

	beforeEach(async () => {
		t = await openTestDatabase(dialect);
		const setup = await setUpSahelInfo(t.db);
		owner = setup.user.id;
		orgId = setup.organisation.id;
		for (const name of Object.keys(people) as (keyof typeof people)[]) {
			const user = await createUser(t.db, name);
			people[name] = user.id;
			if (name !== 'outsider') {
				await insertMembership(t.db, {
					organisationId: orgId,
					userId: user.id,
					role: name,
					createdAt: new Date().toISOString()
				});
			}
		}
	});
	afterEach(async () => t.close());

	it('shows the organisation and its members to every member, and hides it from outsiders', async () => {
		for (const member of [owner, people.editor, people.viewer, people.enumerator]) {
			expect((await listMembers(t.db, member, orgId)).map((m) => m.name).sort()).toEqual(
				['Owner', 'editor', 'enumerator', 'viewer'].sort()
			);
		}
		await expect(getOrganisationForMember(t.db, people.outsider, orgId)).rejects.toMatchObject({ code: 'not_found' });
		await expect(listMembers(t.db, people.outsider, orgId)).rejects.toMatchObject({ code: 'not_found' });
	});

	it.each(['editor', 'viewer', 'enumerator'] as const)('refuses role changes and removals by an %s', async (role) => {
		await expect(changeMemberRole(t.db, people[role], orgId, people.viewer, 'owner')).rejects.toMatchObject({
			code: 'forbidden'
		});
		const someoneElse = role === 'editor' ? people.viewer : people.editor;
		await expect(removeMember(t.db, people[role], orgId, someoneElse)).rejects.toMatchObject({ code: 'forbidden' });
	});

	it('lets the owner change roles and remove members, but never the last owner', async () => {
		await changeMemberRole(t.db, owner, orgId, people.viewer, 'editor');
		expect((await listMembers(t.db, owner, orgId)).find((m) => m.userId === people.viewer)?.role).toBe('editor');
		await expect(changeMemberRole(t.db, owner, orgId, owner, 'viewer')).rejects.toMatchObject({
			messageKey: 'errors.last_owner'
		});
		await expect(removeMember(t.db, owner, orgId, owner)).rejects.toMatchObject({ messageKey: 'errors.last_owner' });
		await changeMemberRole(t.db, owner, orgId, people.editor, 'owner');
		await changeMemberRole(t.db, owner, orgId, owner, 'viewer');
		expect((await listOrganisationsOfUser(t.db, owner))[0].role).toBe('viewer');
		// The editor is now an owner too.
		await removeMember(t.db, people.editor, orgId, people.enumerator);
		expect((await listMembers(t.db, people.editor, orgId)).map((m) => m.userId)).not.toContain(people.enumerator);
		await expect(removeMember(t.db, people.editor, orgId, people.outsider)).rejects.toMatchObject({
			code: 'not_found'
		});
	});

	it('keeps one owner when two owners demote each other at the same moment', async () => {
		await changeMemberRole(t.db, owner, orgId, people.editor, 'owner');
		const outcomes = await Promise.allSettled([
			changeMemberRole(t.db, owner, orgId, people.editor, 'viewer'),
			changeMemberRole(t.db, people.editor, orgId, owner, 'viewer')
		]);
		expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
		const owners = (await listMembers(t.db, owner, orgId).catch(() => listMembers(t.db, people.editor, orgId))).filter(
			(m) => m.role === 'owner'
		);
		expect(owners).toHaveLength(1);
	});

	it('lets any member leave', async () => {
		await removeMember(t.db, people.viewer, orgId, people.viewer);
		expect(await listOrganisationsOfUser(t.db, people.viewer)).toEqual([]);
	});

	it('switches the session to another organisation of the user, and only to one', async () => {
		const second = await createOrganisation(t.db, owner, { name: 'Autre ONG', type: 'ngo' });
		await createSession(t.db, 'owner-token', owner, orgId);
		const { session } = await validateSessionToken(t.db, 'owner-token');
		await switchOrganisation(t.db, owner, session!.id, second.id);
		const after = await validateSessionToken(t.db, 'owner-token');
		expect(after.session?.activeOrganisationId).toBe(second.id);
		const mine = await listOrganisationsOfUser(t.db, owner);
		expect(pickActiveOrganisation(mine, second.id)?.name).toBe('Autre ONG');
		expect(pickActiveOrganisation(mine, 'gone')?.name).toBe(mine[0].name);
		await expect(switchOrganisation(t.db, people.outsider, session!.id, orgId)).rejects.toMatchObject({
			code: 'not_found'
		});
	});
});
