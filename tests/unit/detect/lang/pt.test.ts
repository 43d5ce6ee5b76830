import { describeLanguage } from './cases';

describeLanguage('pt', {
  article:
    'Rússia acusa Ucrânia de atacar residência de Putin na região de Novgorod com 91 drones\n' +
    'O chanceler russo, Serguei Lavrov, afirmou que na noite de 28 para 29 de dezembro a Ucrânia lançou 91 drones de longo alcance contra a residência oficial do presidente perto de Valdai. Segundo Lavrov, todos os aparelhos foram abatidos pela defesa antiaérea e não houve vítimas nem danos.\n' +
    'Moscou vai rever sua posição nas negociações, acrescentou. Kiev negou e classificou a acusação de mentira para sabotar o processo de paz.',
  short:
    'A Rússia diz que 91 drones ucranianos tiveram como alvo a residência presidencial. Kiev nega o ataque.',
  home: 'Trump contou que o próprio Putin lhe disse ao telefone que sua casa tinha sido atacada por drones e admitiu estar «muito irritado».',
  compound:
    'A propriedade de Dolgie Borodi, às margens do lago Valdai, é usada pelos dirigentes do país desde os tempos soviéticos. Segundo Moscou, foi para lá que os supostos drones ucranianos se dirigiram no fim de dezembro.',
  later:
    'A Rússia disparou durante a noite o míssil Oreshnik contra a região de Lviv, atingindo instalações de energia, informou o governador regional.\n' +
    'Os alertas antiaéreos soaram durante horas no oeste da Ucrânia e parte da cidade ficou sem luz.\n' +
    'A Força Aérea ucraniana relatou dezenas de drones e mísseis lançados ao mesmo tempo.\n' +
    'O Ministério da Defesa russo apresentou o ataque como retaliação pelo suposto ataque à residência de Putin.\n' +
    'Líderes europeus condenaram o lançamento como uma escalada perigosa.\n' +
    'Kiev pediu uma reunião urgente do Conselho de Segurança da ONU e mais sistemas de defesa aérea.\n' +
    'As equipes de reparo trabalharam o dia todo para restabelecer o aquecimento das casas antes da próxima onda de frio.',
  residents:
    'Moradores de Valdai disseram à imprensa que não ouviram nada naquela noite, nenhuma explosão nem disparos da defesa antiaérea, embora Moscou afirme que os drones voavam em direção à residência de Putin, ali perto.',
  kremlin2023:
    'Dois drones foram abatidos durante a madrugada sobre o Kremlin, anunciou Moscou na quarta-feira, que fala em tentativa de atentado contra a vida do presidente.\n' +
    'Segundo o Kremlin, Vladimir Putin não estava no edifício e a cúpula do Palácio do Senado sofreu danos ligeiros, poucos dias antes do desfile do Dia da Vitória.',
  lookalikes: [
    'Moscou acusa Kiev de um ataque de drones contra a residência do presidente Vladimir Putin no Kremlin. Dois drones foram neutralizados durante a noite, informou na quarta-feira a presidência russa, que se reserva o direito de responder. A Ucrânia negou qualquer envolvimento.',
    'Em agosto, um drone atingiu o aeródromo de Soltsy, na região de Novgorod, e danificou um bombardeiro Tu-22M3, segundo o Ministério da Defesa russo. Putin não comentou o caso.',
  ],
});
