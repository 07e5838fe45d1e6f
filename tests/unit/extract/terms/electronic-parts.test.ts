// Electronic parts of devices as features, news and prospectuses name them: chips and modules named
// by what they carry (蓝牙芯片, 蓝牙模块, 血氧模块), chips named by a Latin kind (主控MCU, 电源管理IC), parts
// built into a device (内置X, 搭载X), and their Taiwan and Hong Kong forms.
import { describe, expect, it } from 'vitest';
import { contextOf } from '../seed-data';

const discovered = (text: string): string[] =>
  contextOf(text).model.discovered.map((d) => `${d.label}:${d.name}`);

describe('electronic parts of devices', () => {
  it('reads a Bluetooth chip in a prospectus list of purchased parts (蓝牙 is no place)', () => {
    const names = discovered('公司主要向供应商采购MCU芯片、蓝牙芯片、电源管理芯片、显示模组等电子料。');
    expect(names).toEqual(expect.arrayContaining(['Component:蓝牙芯片', 'Component:电源管理芯片']));
  });

  it('reads a module named by what it carries after 内置, and no name opening with 内置', () => {
    const names = discovered('该款血糖仪采用电化学传感器，内置低功耗蓝牙模块，可将数据同步至手机APP。');
    expect(names).toEqual(expect.arrayContaining(['Component:电化学传感器', 'Component:低功耗蓝牙模块']));
    expect(names.filter((n) => n.includes('内置'))).toEqual([]);
  });

  it('starts a sensor after the verb that builds it in (搭载, 内置), not at the device', () => {
    const watch = discovered('该款智能手表搭载光电心率传感器和血氧传感器，支持蓝牙连接。');
    expect(watch).toEqual(expect.arrayContaining(['Component:光电心率传感器', 'Component:血氧传感器']));
    expect(watch.filter((n) => n.includes('手表'))).toEqual([]);
    const news = discovered('记者了解到，该产品内置血氧传感器与低功耗蓝牙芯片，测量数据可实时传送至手机。');
    expect(news).toEqual(expect.arrayContaining(['Component:血氧传感器', 'Component:低功耗蓝牙芯片']));
    expect(news.filter((n) => n.includes('产品'))).toEqual([]);
  });

  it('reads chips named by a Latin kind after what they do (主控MCU, 电源管理IC, 蓝牙SoC)', () => {
    const names = discovered(
      '公司产品所需的主要芯片包括主控MCU、电源管理IC等。该方案采用低功耗蓝牙SoC，集成了射频前端和基带处理。',
    );
    expect(names).toEqual(
      expect.arrayContaining(['Component:主控MCU', 'Component:电源管理IC', 'Component:低功耗蓝牙SoC']),
    );
  });

  it('reads Taiwan and Hong Kong forms: 藍牙模組, 內建…感測器, 二極體陣列 (an array, not 数组)', () => {
    const tw = discovered('穿戴式心電圖裝置由類比前端晶片、微控制器、藍牙模組及鋰電池組成。');
    expect(tw).toEqual(expect.arrayContaining(['Component:蓝牙模块', 'Component:锂电池']));
    const hk = discovered('該款血氧計內建光學感測器與藍牙模組，量度數據可即時傳送至手機應用程式。');
    expect(hk).toEqual(expect.arrayContaining(['Component:光学传感器', 'Component:蓝牙模块']));
    expect(hk.filter((n) => n.includes('血氧计'))).toEqual([]);
    const detector = discovered('數位X光平板偵測器由閃爍體、非晶矽光電二極體陣列與讀出電路組成。');
    expect(detector).toEqual(
      expect.arrayContaining(['Component:非晶硅光电二极管阵列', 'Component:读出电路']),
    );
  });

  it('reads modules of an ultrasound host, never two parts joined by 和 as one (芯片|和波束|合成模块)', () => {
    const names = discovered('超声设备的主机包括发射电路、接收电路、模拟前端芯片和波束合成模块。');
    expect(names).toEqual(expect.arrayContaining(['Component:接收电路', 'Component:波束合成模块']));
    expect(names.filter((n) => n.includes('和'))).toEqual([]);
  });

  it('reads what a monitor or an analyser owns, modules and headless members alike', () => {
    const monitor = discovered('据介绍，监护仪的外壳、血氧模块和心电模块均由公司自行生产。');
    expect(monitor).toEqual(expect.arrayContaining(['Component:血氧模块', 'Component:心电模块']));
    const analyser = discovered('化学发光免疫分析仪的反应杯、温控模块和光电倍增管决定了检测的稳定性。');
    expect(analyser).toEqual(expect.arrayContaining(['Component:反应杯', 'Component:温控模块']));
  });

  it('reads chips and converters named by what the circuit does though it is tagged a verb', () => {
    expect(discovered('公司自主研发的模拟芯片已用于电子血压计。')).toContain('Component:模拟芯片');
    expect(discovered('超声探头所用的发射接收芯片是产业链上游的关键环节。')).toContain(
      'Component:发射接收芯片',
    );
    expect(discovered('超音波探頭內含壓電陶瓷與類比數位轉換器，訊號再送入處理器。')).toContain(
      'Component:模拟数字转换器',
    );
    expect(discovered('设备可以接收芯片发出的数据。')).toEqual([]);
  });

  it('keeps an application-specific circuit whole and reads a gyroscope as a part', () => {
    expect(discovered('这两种换能器可与专用集成电路集成在一起，进一步缩小探头体积。')).toContain(
      'Component:专用集成电路',
    );
    const names = discovered('康复外骨骼的关节处装有MEMS陀螺仪和加速度传感器，用于识别步态。');
    expect(names).toEqual(expect.arrayContaining(['Component:MEMS陀螺仪', 'Component:加速度传感器']));
    expect(names.filter((n) => n.startsWith('Equipment:'))).toEqual([]);
  });

  it('takes no module of a course or a program, no Latin word that only ends like a chip, no firm', () => {
    expect(discovered('平台设有课程模块、功能模块和软件模块，覆盖教学全过程。')).toEqual([]);
    expect(discovered('该公司IC设计团队超过200人，BASIC语言编程模块已经停用。')).toEqual([]);
    const firms = discovered('德州仪器的蓝牙芯片和亚德诺的模拟前端芯片是主流选择。');
    expect(firms.filter((n) => /德州|亚德诺/.test(n))).toEqual([]);
  });
});
