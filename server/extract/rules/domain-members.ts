// Which equipment mentions of a passage are members of a field: a curated name read inside a longer
// name of equipment that does not end in it (`超声` of `超声刀`, `超声诊断` of `远程超声诊断系统`)
// modifies that name and is no member of its own; a name ending the longer one is a kind of it
// (`免疫分析仪` of `化学发光免疫分析仪`) unless a slash or hyphen joins the longer one (`MR` of `PET/MR`),
// and a list's name holds its members (`食道、胆道、气管支架`). Pure.
import type { Occurrence } from '../types';

/** A slash or hyphen joining Latin names (`PET/MR`): a name inside such a one is a part of it, no kind. */
const JOINED_LATIN = /[A-Za-z0-9][/／-][A-Za-z]/;
/** The head of a device's name (`呼吸机`, `监护仪`, `内窥镜`) or a Latin abbreviation (`CT`). */
const DEVICE_HEAD = /(?:[机仪器备统置镜床泵]|[A-Za-z0-9])$/;
/** Separators of a list written as one name. */
const LIST_MARK = /[、，,和及与或]/;

/** True when `o` modifies a longer occurrence of `occs` that `isEquipment` accepts, in `text`. */
export const modifiesLongerEquipment = (
  o: Occurrence,
  occs: readonly Occurrence[],
  isEquipment: (x: Occurrence) => boolean,
  text: string,
): boolean =>
  occs.some(
    (x) =>
      x !== o &&
      x.start <= o.start &&
      // A device's name running on into a longer name of equipment, or a modality without a device's
      // head running on into a part's (`超声` of `超声主机`, `超声刀刀头`; not `呼吸机` of `呼吸机涡轮风机`).
      ((x.end > o.end && (isEquipment(x) || !DEVICE_HEAD.test(text.slice(o.start, o.end)))) ||
        (x.end === o.end &&
          x.start < o.start &&
          isEquipment(x) &&
          JOINED_LATIN.test(text.slice(x.start, x.end)))) &&
      !LIST_MARK.test(text.slice(x.start, x.end)),
  );

/**
 * Words of a clause that puts its things outside a field: a denial (`不包括`, `不含`, `不在本子目录列出`) or a
 * referral to another category of a catalogue (`按07…管理`, `见01…`); read on the normalised clause by
 * sections (rules/domain-membership.ts) and table cells (rules/domain-tables.ts) alike.
 */
export const PUT_ELSEWHERE = /不包括|不含|不属于|不在本|另行|(?:按|见|参见|归入)\s*\d{2}/;
/** How far the use reading looks from a member for the clause's marks (UTF-16 units). */
const USE_WINDOW = 80;
/** Where a comma-clause ends (raw text). */
const CLAUSE_MARK = /[，,。；;！？!?：:\n]/;
/** `用于A、B的P`, `主要用于A`: the clause puts what follows 用于 as the use of its subject (before `o`). */
const USE_BEFORE = /(?:用于|应用于|适用于)[^的]*$/;
/**
 * `A关键材料`: what follows is a material of A (after `o`); not a part (`测序仪的关键部件是流动池`, `2.1
 * 腔镜手术机器人核心部件研发` still speak of the device).
 */
const MAKE_UP_AFTER = /^(?:的)?(?:关键|核心|主要|配套|专用|上游)?(?:原材料|材料)(?!企业)/;

/**
 * True when the clause names the equipment at `o` only as the use of a material (`发展用于
 * 血管支架和心脏封堵器的镍钛合金丝材`, `产品用于中心静脉导管和球囊导管`, `加快血液透析器关键材料国产化替代`):
 * what the clause develops is the material, not the device. Not `A用P` (`光子计数CT用碲锌镉探测器替代…`
 * says what A uses) nor `P在A中的应用`, which texts write of a field's own devices too. With `field`
 * framing the clause's sentence or section as a field of application (`在心血管领域，镁合金已用于冠脉支架`,
 * `## 2 可降解材料在心血管器械中的应用`), what 用于 names is the field's own: only a material after the
 * device counts then.
 */
export const namedAsUse = (o: Occurrence, text: string, applied = false): boolean => {
  // Bounded like madeUpOf's windows: a long line with no clause mark is not walked whole per member.
  const floor = Math.max(0, o.start - USE_WINDOW);
  let cs = o.start;
  while (cs > floor && !CLAUSE_MARK.test(text[cs - 1] ?? '')) cs--;
  const ceiling = Math.min(text.length, o.end + USE_WINDOW);
  let ce = o.end;
  while (ce < ceiling && !CLAUSE_MARK.test(text[ce] ?? '')) ce++;
  return (!applied && USE_BEFORE.test(text.slice(cs, o.start))) || MAKE_UP_AFTER.test(text.slice(o.end, ce));
};

/** `由A、B和C组成`: the pieces a thing is made up of, up to the verb that closes them (raw text). */
const MADE_UP_OF_BEFORE = /(?<![于经自理缘])由[^，,。；;！？!?\n由]*$/;
const MADE_UP_OF_AFTER = /^[^，,。；;！？!?\n由]*?(?:组成|构成|组装而成)/;
/** A line of products or a firm's segment is no thing made up of parts (`影像板块由A、B组成`). */
const NO_WHOLE = /(?:板块|业务|产品线|系列|领域|产业链|中心)[^，,。；;]*$/;

/**
 * True when `o` is one of the pieces a thing is made up of (`通常由气体供给及输送装置、麻醉蒸发器、麻醉呼吸机、
 * 麻醉呼吸回路和监测…组成`, `由4K摄像主机、摄像头、LED冷光源和荧光腹腔镜组成`): a part of that thing, no member
 * of its field.
 */
export const madeUpOf = (o: Occurrence, text: string): boolean => {
  const before = text.slice(Math.max(0, o.start - 80), o.start);
  const open = MADE_UP_OF_BEFORE.exec(before);
  if (!open || NO_WHOLE.test(before.slice(0, open.index))) return false;
  return MADE_UP_OF_AFTER.test(text.slice(o.end, o.end + 80));
};

/**
 * `A应配备B、C和D`, `A应具备B影像引导功能`: a verb of fitting after a device in the same clause (raw text, up
 * to `o`), saying what follows is fitted to that device.
 */
const FITTED_BEFORE =
  /(?:应|须|需|均|必须|需要|应当)?(?:配备|配有|配置有|装配|装有|搭载|具备|采用)(?:与之兼容的)?[^，,。；;！？!?\n]*$/;

/**
 * True when `o` is named as what another device of its clause is fitted with (`医用直线加速器应配备多叶准直器、
 * 电子射野影像装置和锥形束CT（CBCT）影像引导系统`): a part of that device, no member of its field. The
 * device must stand before the verb in the clause (`医院配备CT` names no part).
 */
export const fittedTo = (
  o: Occurrence,
  occs: readonly Occurrence[],
  isEquipment: (x: Occurrence) => boolean,
  text: string,
): boolean => {
  const floor = Math.max(0, o.start - USE_WINDOW);
  let cs = o.start;
  while (cs > floor && !CLAUSE_MARK.test(text[cs - 1] ?? '')) cs--;
  const fit = FITTED_BEFORE.exec(text.slice(cs, o.start));
  if (!fit) return false;
  const verbAt = cs + fit.index;
  return occs.some((x) => x !== o && isEquipment(x) && x.start >= cs && x.end <= verbAt);
};
