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
