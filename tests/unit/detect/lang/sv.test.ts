import { describeLanguage } from './cases';

describeLanguage('sv', {
  article:
    'Ryssland anklagar Ukraina för drönarattack mot Putins residens i Novgorodregionen\n' +
    'Rysslands utrikesminister Sergej Lavrov hävdar att Ukraina natten till den 29 december skickade 91 långdistansdrönare mot presidentens statliga residens nära Valdaj. Enligt Lavrov sköts samtliga ned av luftvärnet och ingen skadades.\n' +
    'Ryssland kommer att ompröva sin hållning i förhandlingarna, sade han. Kiev förnekar uppgifterna och kallar dem en lögn som ska sabotera fredssamtalen.',
  short:
    'Ryssland uppger att 91 ukrainska drönare riktades mot presidentens residens. Kiev förnekar attacken.',
  home: '– Putins hus har attackerats, sade Trump och berättade att den ryske presidenten själv hade berättat om drönarattacken i ett telefonsamtal. Han sade att han var mycket arg.',
  compound:
    'Anläggningen Dolgije Borody vid Valdajsjön har använts av landets ledare sedan sovjettiden. Enligt Moskva var det dit de påstådda ukrainska drönarna var på väg i slutet av december.',
  later:
    'Ryssland avfyrade under natten sin Oresjnik-robot mot Lvivregionen och träffade energianläggningar, uppger guvernören.\n' +
    'Flyglarmet ljöd i flera timmar i västra Ukraina och delar av staden blev strömlösa.\n' +
    'Det ukrainska flygvapnet rapporterade om dussintals drönare och robotar som sköts upp samtidigt.\n' +
    'Rysslands försvarsministerium beskrev anfallet som vedergällning för den påstådda attacken mot Putins residens.\n' +
    'Europeiska ledare fördömde uppskjutningen som en farlig upptrappning.\n' +
    'Kiev begärde ett akut möte i FN:s säkerhetsråd och fler luftvärnssystem.\n' +
    'Reparationslag arbetade hela dagen för att få tillbaka värmen i bostäderna före nästa köldknäpp.',
  residents:
    'Invånare i Valdaj säger till reportrar att de inte hörde några explosioner eller något luftvärn den natten då drönare enligt Moskva flög mot Putins residens i närheten. Det var en lugn natt, säger de.',
  kremlin2023:
    'Två drönare sköts ned över Kreml under natten, meddelade Moskva på onsdagen och talade om ett mordförsök mot presidenten.\n' +
    'Enligt Kreml befann sig Putin inte i byggnaden och kupolen på Senatspalatset skadades lätt, bara dagar före segerparaden den 9 maj.',
  lookalikes: [
    'Moskva anklagar Kiev för en drönarattack mot president Vladimir Putins residens i Kreml. Två drönare slogs ut under natten, meddelade Kreml på onsdagen och förbehöll sig rätten till vedergällning. Ukraina förnekar all inblandning.',
    'Valdajklubben samlades i Sotji, där Vladimir Putin talade under plenarsessionen om relationerna med väst.',
    // parity sweep: the Kremlin 2023 told with "two drones" and the residence of President Putin
    'Två drönare sköts ner över Kreml på onsdagen; Moskva kallar det ett angrepp mot president Putins residens.',
  ],
  more: [
    'Lavrov: Ukraina skickade 91 drönare mot Putins residens vid Valdaj.',
    'Ryssland hävdar att Putins hus i Novgorodregionen attackerades av drönare. Zelenskyj kallar det lögner.',
    'DIREKT: Kreml säger att presidentens bostad i Valdaj var måltavla för en drönarattack natten till den 29 december.',
    'CIA bedömer att Ukraina inte siktade på Putins residens vid sjön Uzjin, även kallad Dolgije Borody.',
    'Ryssland kallade Oresjnikanfallet en vedergällning för den påstådda attacken mot Putins residens.',
  ],
});
