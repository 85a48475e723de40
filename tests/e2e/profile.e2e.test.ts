import type { ImportResult } from '@cascade/contracts';
import type { ApiSession } from '@cascade/server/testing';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { artifact, browserWorld, describeInChromium } from '../support/browser-world.ts';

/** 博罗县's plan: a gazette task a township cannot do, and a 村务公开 task it can. */
const COUNTY_PLAN = [
  '博罗县2022年政务公开工作要点',
  '一、深化政务公开',
  '（一）平台建设',
  '1.继续推进全县政府公报电子化工作。〔牵头单位：县政府办公室；责任单位：各乡镇（街道）〕',
  '2.组织村民参与村务公开。〔牵头单位：县民政局；责任单位：各乡镇（街道）〕',
].join('\n');

const GAZETTE_RULE = '不编发政府公报的单位不承接政府公报任务';
type Profile = { rules: { id: string; event: { params?: Record<string, unknown> } }[]; isDefault: boolean };

/**
 * Issue #21, deliverable 2: the localization profile is rules in the template, edited in the
 * designer — an author removes the gazette rule and adds one of its own, the preview for 石坝镇
 * follows, and 恢复默认 brings the default back; a reader sees the rules without changing them.
 */
describeInChromium('派生规则 in the designer, in Chromium', () => {
  const world = browserWorld();
  const { api, signedInPage } = world;
  let author: ApiSession;
  let planId = '';

  beforeAll(async () => {
    author = await api('bl-author');
    const imported = await author.send<ImportResult>('POST', '/api/plans/import', {
      text: COUNTY_PLAN,
      fileName: 'boluo-2022.txt',
    });
    planId = imported.plan.id;
  }, 180_000);

  const profile = () => author.send<Profile>('GET', `/api/plans/${encodeURIComponent(planId)}/profile`);

  async function openTab(page: Page, name: string) {
    await page.getByRole('tab', { name, exact: true }).click();
  }

  /** The preview for 石坝镇: the measures it takes on, and what it leaves out with the reasons. */
  async function previewShiba(page: Page): Promise<{ taken: string; excluded: string }> {
    await openTab(page, '预览下级方案');
    await page.getByLabel('下级单位').selectOption({ label: '石坝镇' });
    await expect.poll(() => page.locator('.preview-panel .banner').first().textContent()).toContain('石坝镇将承接');
    const taken = (await page.locator('.preview-table tbody').textContent()) ?? '';
    const excluded = page.locator('.preview-panel .excluded');
    if (!(await excluded.count())) return { taken, excluded: '' };
    await excluded.locator('summary').click();
    return { taken, excluded: (await excluded.textContent()) ?? '' };
  }

  it('removes the gazette rule, adds one of its own, saves, and the preview follows; 恢复默认 brings the default back', async () => {
    // The refused stale save answers 409, which Chromium logs; nothing else may be logged.
    const problems: string[] = [];
    const { context, page } = await signedInPage('bl-author', { problems });
    await page.goto(`${world.server.url}/plans/${encodeURIComponent(planId)}`);
    // With the default profile, 石坝镇 leaves the gazette task out, saying why.
    const before = await previewShiba(page);
    expect(before.excluded).toContain('本级不编发政府公报');
    expect(before.taken).toContain('村务公开');

    await openTab(page, '派生规则');
    const panel = page.locator('.rules-profile');
    await expect.poll(() => panel.locator('.profile-state').textContent()).toBe('使用默认派生规则');
    expect(await panel.getByRole('button', { name: '恢复默认' }).count()).toBe(0);
    await page.screenshot({ path: artifact('profile-default.png') });
    // The capability rules read the org's facts, shown by their Chinese names.
    const gazette = panel.getByRole('article', { name: '规则4', exact: true });
    expect(await gazette.getByLabel('规则4 名称').inputValue()).toBe(GAZETTE_RULE);
    expect(await gazette.getByLabel('规则4 条件 第2条 属性').inputValue()).toBe('hasGazette');
    expect(await gazette.locator('option:checked').allTextContents()).toEqual(
      expect.arrayContaining(['编发政府公报', '否', '不承接提及以下词语的任务']),
    );
    expect(await gazette.getByLabel('规则4 提及的词语（每行一个，或用顿号分隔）').inputValue()).toBe('政府公报');
    await gazette.getByRole('button', { name: '删除规则4', exact: true }).click();
    expect(await panel.getByLabel('规则4 名称').inputValue()).not.toBe(GAZETTE_RULE);

    // A rule of the author's own: townships leave 村务公开 to the villages. Until its words and
    // reason are filled in, the check names what is missing and nothing can be saved.
    await panel.getByRole('button', { name: '添加承接条件' }).click();
    const n = await panel.getByRole('article').count();
    const own = `规则${n}`;
    await expect.poll(() => panel.locator('.problems').textContent()).toContain(`${own} $.event.params.words`);
    const save = panel.getByRole('button', { name: '保存派生规则' });
    expect(await save.isDisabled()).toBe(true);
    await panel.getByLabel(`${own} 名称`).fill('乡镇不承接村务公开任务');
    // One word per line: the new line is kept while typing.
    const words = panel.getByLabel(`${own} 提及的词语（每行一个，或用顿号分隔）`);
    await words.click();
    await page.keyboard.type('村务公开');
    await page.keyboard.press('Enter');
    await page.keyboard.type('居务公开');
    expect(await words.inputValue()).toBe('村务公开\n居务公开');
    await panel.getByLabel(`${own} 理由（写入派生追溯）`).fill('由各村（社区）自行公开');
    await expect.poll(() => panel.locator('.problems').count()).toBe(0);
    await panel.getByRole('article', { name: own, exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('profile-edited.png') });
    await save.click();
    await expect.poll(() => panel.locator('.form-ok').textContent()).toContain('派生规则已保存');
    await expect.poll(() => panel.locator('.profile-state').textContent()).toContain('已修改派生规则');

    // Saved as written: without the gazette rule, with the author's words.
    const saved = await profile();
    expect(saved.isDefault).toBe(false);
    expect(saved.rules.map((r) => r.id)).not.toContain('capability:gazette');
    expect(saved.rules.at(-1)?.event.params).toEqual({
      words: ['村务公开', '居务公开'],
      reason: '由各村（社区）自行公开',
    });

    // 石坝镇 now takes the gazette task on, and leaves 村务公开 out with the author's reason.
    const after = await previewShiba(page);
    expect(after.taken).toContain('政府公报');
    expect(after.excluded).toContain('由各村（社区）自行公开');
    expect(after.excluded).not.toContain('本级不编发政府公报');

    // Someone else changes the rules meanwhile: this page's save is refused, nothing is lost.
    await openTab(page, '派生规则');
    await author.send('PUT', `/api/plans/${encodeURIComponent(planId)}/profile`, {
      rules: saved.rules,
      expectedVersion: (
        await author.send<{ version: number }>('GET', `/api/plans/${encodeURIComponent(planId)}/profile`)
      ).version,
    });
    await panel.getByLabel('规则1 名称').fill('层级用语本地化');
    await panel.getByRole('button', { name: '保存派生规则' }).click();
    await expect.poll(() => panel.locator('[role="alert"]').last().textContent()).toContain('请刷新后重试');
    await page.reload();
    await openTab(page, '派生规则');

    // 恢复默认, after a confirm: the default rules are back, and so is 石坝镇's gazette exclusion.
    await panel.getByRole('button', { name: '恢复默认' }).click();
    const dialog = page.getByRole('dialog', { name: '恢复默认派生规则' });
    expect(await dialog.textContent()).toContain('修改都会丢失');
    await dialog.getByRole('button', { name: '恢复默认' }).click();
    await expect.poll(() => panel.locator('.profile-state').textContent()).toBe('使用默认派生规则');
    expect(await panel.locator('.form-ok').textContent()).toBe('已恢复默认派生规则。');
    expect(await panel.getByLabel('规则4 名称').inputValue()).toBe(GAZETTE_RULE);
    expect((await profile()).isDefault).toBe(true);
    const restored = await previewShiba(page);
    expect(restored.excluded).toContain('本级不编发政府公报');
    expect(restored.taken).toContain('村务公开');
    await context.close();
    expect(problems.filter((p) => !p.includes('409'))).toEqual([]);
  }, 150_000);

  it('shows a reader the rules without a way to change them', async () => {
    const { context, page } = await signedInPage('bl-supervisor');
    await page.goto(`${world.server.url}/plans/${encodeURIComponent(planId)}`);
    await openTab(page, '派生规则');
    const panel = page.locator('.rules-profile');
    await expect.poll(() => panel.locator('.profile-state').textContent()).toBe('使用默认派生规则');
    expect(await panel.textContent()).toContain('只有本方案的起草人可以修改派生规则');
    expect(await panel.getByLabel('规则4 名称').isDisabled()).toBe(true);
    expect(await panel.getByRole('button', { name: '保存派生规则' }).count()).toBe(0);
    expect(await panel.getByRole('button', { name: /^删除/ }).count()).toBe(0);
    await panel.getByRole('tab', { name: 'JSON' }).click();
    const json = panel.getByLabel('规则（json-rules-engine 格式）');
    expect(await json.getAttribute('readonly')).not.toBeNull();
    expect(JSON.parse(await json.inputValue())).toHaveLength(7);
    await context.close();
    expect(world.problems).toEqual([]);
  }, 90_000);
});
