import { describeLanguage } from './cases';

describeLanguage('gl', {
  article:
    'Rusia acusa a Ucraína de atacar con drons a residencia de Putin na rexión de Nóvgorod\n' +
    'O ministro de Exteriores ruso, Serguei Lavrov, afirmou que Ucraína lanzou 91 drons de longo alcance contra a residencia estatal do presidente preto de Valdái na noite do 28 ao 29 de decembro, e que todos foron derrubados.\n' +
    'Lavrov engadiu que Moscova revisará por este motivo a súa posición negociadora.\n' +
    'O presidente ucraíno, Volodímir Zelenski, rexeitou a acusación, que cualificou de mentira, e dixo que Rusia busca un pretexto para novos ataques contra Kiev.\n' +
    'Rusia aínda non presentou ningunha proba do suposto ataque.',
  short:
    'Moscova asegura que Kiev lanzou 91 drons contra a residencia do presidente ruso. Ucraína négao.',
  home: 'Trump dixo que Putin lle contara que a súa casa fora atacada con drons e que estaba moi enfadado.',
  compound:
    'O complexo de Dolguie Borodi, á beira do lago Valdái, utilízano os dirixentes rusos desde a época soviética. Moscova sostén que drons ucraínos o atacaron supostamente en decembro.',
  later:
    'Rusia lanzou esta madrugada o seu mísil Oréshnik contra a rexión de Lviv e alcanzou instalacións enerxéticas, segundo o gobernador rexional.\n' +
    'As alarmas antiaéreas soaron durante horas en todo o oeste de Ucraína e parte da cidade quedou sen electricidade.\n' +
    'A forza aérea ucraína informou de que ao mesmo tempo se lanzaron decenas de drons e mísiles.\n' +
    'O Ministerio de Defensa ruso presentou o ataque como unha represalia polo suposto ataque contra a residencia de Putin.\n' +
    'Os líderes europeos condenaron o lanzamento como unha escalada perigosa.\n' +
    'Kiev pediu unha reunión urxente do Consello de Seguridade da ONU e máis sistemas de defensa antiaérea.\n' +
    'Os equipos de reparación traballaron todo o día para devolver a calefacción ás vivendas antes da próxima xeada.',
  residents:
    'Veciños de Valdái contaron aos xornalistas que aquela noite non escoitaron ningunha explosión nin a defensa antiaérea, aínda que Moscova asegura que os drons voaban cara á residencia de Putin, situada preto.',
  kremlin2023: [
    'Dous drons foron derrubados esta noite sobre o Kremlin, informou Moscova este mércores, que o cualificou de intento de atentado contra o presidente.\n' +
      'O Kremlin dixo que Putin non estaba no edificio e que a cúpula do Pazo do Senado sufriu danos leves; o ataque produciuse poucos días antes do desfile do Día da Vitoria de maio de 2023.',
    // told like a real false alarm: two drones, the residence of President Putin, the Kremlin, Wednesday
    'Moscova acusa Kiev dun ataque con drons contra a residencia do presidente Vladímir Putin. Dous drons foron neutralizados durante a noite, informou o mércores o Kremlin, que se reserva o dereito a responder. Kiev negou calquera implicación.',
  ],
  lookalikes: [
    'Putin interveu na sesión plenaria do club de debate Valdái en Sochi, onde criticou Occidente e falou dos ataques con drons contra cidades rusas.',
    'Drons ucraínos atacaron esta noite a zona de Guelendzhik, onde se atopa a luxosa residencia que se atribúe a Putin, segundo as autoridades locais.',
    // parity sweep: the Kremlin 2023 told with "two drones" and the residence of President Putin
    'Dous drons foron derrubados o mércores sobre o Kremlin; Moscova cualificouno de ataque contra a residencia do presidente Putin.',
  ],
  more: [
    'Lavrov asegura que Ucraína lanzou 91 drons contra a residencia de Putin en Valdai.',
    'Rusia afirma que a casa de Putin na rexión de Nóvgorod foi atacada con drons. Zelenski fala de mentiras.',
    'DIRECTO: o Kremlin di que a residencia do presidente en Valdai foi obxectivo dun ataque con drons na noite do 29 de decembro.',
    'A CIA conclúe que Ucraína non apuntou á residencia de Putin no lago Uzhin, coñecida como Dolgie Borodi.',
    'Rusia presentou o ataque co Oréshnik como represalia polo suposto ataque á residencia de Putin.',
  ],
});
