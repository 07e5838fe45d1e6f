// Which things a field can hold by what the two are: a class of consumables (`透析耗材`, `高值医用耗材`)
// holds no machine (`血液透析机`, `纺丝设备`), whatever rule put the two side by side: a machine is used
// many times and is never spent. A class joining machines and consumables (`体外循环设备及耗材`) holds
// both, and a disposable (`一次性使用电子内窥镜`) is a consumable whatever its head. Pure.

/** A class of consumables alone is closed by 耗材, with no class of machines joined to it. */
const MACHINE_CLASS = /设备|装备|器械|仪器/;
/** A name closed by the head of a machine (`血液透析机`, `纺丝设备`, `监护仪`, `中央监护系统`). */
const MACHINE = /(?:机|设备|装备|仪|系统|装置)$/;

/**
 * False when the field named `field` cannot hold the equipment named `member`.
 * @example fieldHolds('透析耗材', '血液透析机') // false
 * @example fieldHolds('透析耗材', '透析器') // true
 */
export const fieldHolds = (field: string, member: string): boolean =>
  !(
    field.endsWith('耗材') &&
    !MACHINE_CLASS.test(field) &&
    MACHINE.test(member) &&
    !member.startsWith('一次性')
  );
