/**
 * Chinese (zh): the story as Chinese-language news would tell it, in own words.
 */
import { describe, expect, it } from 'vitest';
import { run, STORY, textPage } from '../helpers';
import { describeLanguage } from './cases';

describeLanguage('zh', {
  article:
    '俄罗斯称乌克兰无人机袭击普京位于诺夫哥罗德州的官邸\n' +
    '俄罗斯外长拉夫罗夫表示，12月28日至29日夜间，乌克兰动用91架远程无人机袭击了普京总统位于瓦尔代附近的国家官邸，所有无人机均被击落。\n' +
    '拉夫罗夫说，俄方将重新审视其在和平谈判中的立场。\n' +
    '乌克兰总统泽连斯基则称这一说法是“谎言”，指俄方在为进一步打击基辅寻找借口。',
  short: '俄方称基辅向俄罗斯总统官邸发射91架无人机。乌方否认。',
  home: '特朗普说，普京在电话中告诉他，他的家遭到了无人机袭击，他对此“非常生气”。',
  compound:
    '位于瓦尔代湖畔的“多尔吉耶博罗迪”官邸自苏联时期起便是国家领导人的度假地。莫斯科声称，乌克兰无人机于12月袭击了该处。',
  later:
    '俄罗斯夜间向乌克兰西部利沃夫州发射“榛树”中程弹道导弹。\n' +
    '州长表示，导弹击中了一处能源设施，初步消息显示没有人员伤亡。\n' +
    '乌克兰西部多地防空警报持续数小时，市内部分街区停电。\n' +
    '俄罗斯国防部称，此次打击是对所谓乌克兰无人机袭击普京官邸的报复。\n' +
    '欧洲多国领导人谴责此次发射是危险的升级。\n' +
    '基辅要求联合国安理会召开紧急会议，并呼吁盟友提供更多防空系统。\n' +
    '维修人员全天加紧抢修，力争在新一轮寒潮到来前恢复居民供暖。',
  residents:
    '瓦尔代居民告诉记者，在莫斯科所称无人机飞向附近普京官邸的那一夜，他们既没有听到爆炸声，也没有听到防空系统开火。',
  kremlin2023:
    '克宫称乌克兰用两架无人机袭击普京在克里姆林宫的官邸\n' +
    '莫斯科周三表示，两架无人机夜间企图袭击克里姆林宫内的总统官邸，已被电子战系统拦截；克宫称这是针对普京总统的恐怖袭击和暗杀企图。\n' +
    '声明称，普京当时不在楼内，参议院大楼的圆顶轻微受损。\n' +
    '基辅否认与此次袭击有任何关联。事件发生在5月9日胜利日阅兵前几天。',
  lookalikes: [
    // the May 2023 Kremlin drones, told without the residence
    '克里姆林宫周三表示，两架无人机夜间企图袭击克里姆林宫，已被击落；莫斯科称这是针对普京总统的暗杀企图，是对其位于克里姆林宫官邸的袭击。\n' +
      '声明称，普京当时不在楼内，参议院大楼的圆顶轻微受损。事件发生在5月9日胜利日阅兵前几天。',
    // Valdai as a holiday destination
    '诺夫哥罗德州的瓦尔代以湖泊和森林闻名，是俄罗斯游客喜爱的度假胜地。当地酒店已开始为冬季假期接受预订，据悉普京在该地区也有一处官邸。',
    // the 2023 drone strike on the Soltsy airfield
    '乌克兰无人机袭击了诺夫哥罗德州的索利齐空军基地，据报道一架图-22M3轰炸机受损。',
    // Russian drones hitting homes in Kyiv, Putin quoted
    '俄罗斯无人机夜间袭击基辅，多栋居民住宅受损。普京当天在新年致辞中未提及此事。乌方声称有平民伤亡，俄方否认袭击民用目标。',
  ],
});

describe('zh: more ways the story is told', () => {
  it('the Kremlin announcing the claim is not taken for a Kremlin look-alike', () => {
    const d = run(
      textPage('克宫发言人佩斯科夫称，普京官邸遭91架无人机袭击后，俄方将调整谈判立场。乌方否认。'),
    );
    expect(d.story).toBe(STORY);
  });
  it('a later article on the talks citing the claim is a passing mention', () => {
    const d = run(
      textPage(
        '乌克兰与俄罗斯新一轮和平谈判在日内瓦结束，未取得实质成果。\n' +
          '双方讨论了交换战俘和停止打击能源设施等问题。\n' +
          '美国调解人表示，停火草案没有取得进展。\n' +
          '克宫发言人重申，在所谓乌克兰无人机袭击普京官邸之后，俄方已在谈判中采取更强硬的立场。\n' +
          '乌克兰代表团表示，下一轮谈判的日期尚未确定。\n' +
          '欧洲外交官希望谈判能在1月底恢复。',
      ),
    );
    expect(d.story).toBe(STORY);
    expect(d.strength).toBe('passing');
  });
});

describe('zh: Nizhny Novgorod written without a separator', () => {
  it('is not the story, glued or spaced', () => {
    for (const text of [
      '乌克兰无人机袭击了下诺夫哥罗德州的一座炼油厂。普京同日在官邸主持召开安全会议。',
      '乌克兰无人机袭击了下·诺夫哥罗德州的一座炼油厂。普京同日在官邸主持召开安全会议。',
    ]) {
      expect(run(textPage(text)).story, text).toBeNull();
    }
  });
});
