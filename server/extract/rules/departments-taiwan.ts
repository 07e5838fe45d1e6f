// Ministries and agencies of Taiwan's Executive Yuan, which Taiwanese press releases and news name
// (`經濟部產業發展署（產發署）`, `衛福部食藥署`). They are government agencies the registry lacks, read
// as discovered Departments under their official names, with the form the text writes kept as an
// alias. Only names no mainland body or common word shares: 科技部, 教育部 or 财政部 are also the
// mainland's, and 经济部 is read only where it cannot be 经济部门, 经济部分 or a foreign ministry. Pure.

/** An agency of a ministry: its official name and the forms the Simplified view writes it in. */
interface Agency {
  readonly name: string;
  readonly forms: readonly string[];
  /** Written only after its ministry (`经济部技术处`): alone the name could be anyone's office. */
  readonly withMinistry?: true;
}

interface Ministry {
  readonly name: string;
  readonly forms: readonly string[];
  readonly agencies: readonly Agency[];
}

/**
 * Simplified script, as the view writes the text (the Taiwan phrase table turns 數位 into 数字 and
 * 智慧財產 into 智能财产; both are listed).
 */
const MINISTRIES: readonly Ministry[] = [
  {
    name: '卫生福利部',
    forms: ['卫生福利部', '卫福部'],
    agencies: [
      { name: '食品药物管理署', forms: ['食品药物管理署', '食药署'] },
      { name: '中央健康保险署', forms: ['中央健康保险署', '健保署'] },
      { name: '疾病管制署', forms: ['疾病管制署', '疾管署'] },
      { name: '国民健康署', forms: ['国民健康署', '国健署'] },
    ],
  },
  {
    name: '经济部',
    forms: ['经济部'],
    agencies: [
      { name: '产业发展署', forms: ['产业发展署', '产发署'] },
      { name: '产业技术司', forms: ['产业技术司'] },
      { name: '标准检验局', forms: ['标准检验局', '标检局'] },
      { name: '智慧财产局', forms: ['智慧财产局', '智能财产局', '智财局'] },
      { name: '中小及新创企业署', forms: ['中小及新创企业署'] },
      { name: '国际贸易署', forms: ['国际贸易署'] },
      { name: '技术处', forms: ['技术处'], withMinistry: true },
      { name: '工业局', forms: ['工业局'], withMinistry: true },
    ],
  },
  { name: '数位发展部', forms: ['数位发展部', '数字发展部', '数发部'], agencies: [] },
  { name: '国家科学及技术委员会', forms: ['国家科学及技术委员会', '国科会'], agencies: [] },
  { name: '国家发展委员会', forms: ['国家发展委员会', '国发会'], agencies: [] },
  { name: '行政院', forms: ['行政院'], agencies: [] },
];

/**
 * 经济部 alone: not `经济部门`, `经济部分`, `经济部署`, `经济部长` (a minister, whoever's), nor a foreign
 * country's ministry (`德国经济部`, `联邦经济部`).
 */
const bareMinistryOk = (ministry: Ministry, before: string, after: string): boolean =>
  ministry.name !== '经济部' || (!/[国邦省州]$/.test(before) && !/^[门分署长]/.test(after));

const longestForm = (rest: string, forms: readonly string[]): string | undefined =>
  forms.filter((f) => rest.startsWith(f)).sort((a, b) => b.length - a.length)[0];

/** Every form's first character: this runs at every character of every sentence, most of which open none. */
const FIRST_CHARS = new Set(
  MINISTRIES.flatMap((m) => [...m.forms, ...m.agencies.flatMap((a) => a.forms)]).map((f) => f[0]),
);

/**
 * The Taiwanese ministry or agency whose name opens `rest`, if any, named officially and with its
 * ministry (`卫福部食药署` and `食药署` are both 卫生福利部食品药物管理署), and how long it is written.
 * `before` is the text just before (a foreign country's 经济部 is none).
 */
export const taiwanBodyAt = (rest: string, before = ''): { length: number; name: string } | undefined => {
  if (!FIRST_CHARS.has(rest[0])) return undefined;
  for (const ministry of MINISTRIES) {
    const written = longestForm(rest, ministry.forms);
    if (written === undefined) continue;
    const after = rest.slice(written.length);
    for (const agency of ministry.agencies) {
      const form = longestForm(after, agency.forms);
      if (form) return { length: written.length + form.length, name: ministry.name + agency.name };
    }
    if (bareMinistryOk(ministry, before, after)) return { length: written.length, name: ministry.name };
  }
  for (const ministry of MINISTRIES)
    for (const agency of ministry.agencies) {
      if (agency.withMinistry) continue;
      const form = longestForm(rest, agency.forms);
      if (form) return { length: form.length, name: ministry.name + agency.name };
    }
  return undefined;
};
