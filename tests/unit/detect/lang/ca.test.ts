import { describeLanguage } from './cases';

describeLanguage('ca', {
  article:
    "Rússia acusa Ucraïna d'atacar amb drons la residència de Putin a la regió de Nóvgorod\n" +
    "El ministre d'Afers Estrangers rus, Serguei Lavrov, ha afirmat que Ucraïna va llançar 91 drons de llarg abast contra la residència estatal del president a prop de Valdai la nit del 28 al 29 de desembre, i que tots van ser abatuts.\n" +
    'Lavrov ha afegit que Moscou revisarà per aquest motiu la seva posició negociadora.\n' +
    "El president ucraïnès, Volodímir Zelenski, ha rebutjat l'acusació, que ha qualificat de mentida, i ha dit que Rússia busca un pretext per a nous atacs contra Kíiv.\n" +
    'Rússia encara no ha presentat cap prova del suposat atac.',
  short:
    'Moscou afirma que Kíiv va llançar 91 drons contra la residència del president rus. Ucraïna ho nega.',
  home: 'Trump va dir que Putin li havia explicat que la seva casa havia estat atacada amb drons i que estava molt enfadat.',
  compound:
    "El complex de Dolguie Borodi, a la riba del llac Valdai, l'utilitzen els dirigents russos des de l'època soviètica. Moscou afirma que drons ucraïnesos el van atacar suposadament al desembre.",
  later:
    'Rússia ha llançat aquesta matinada el míssil Oréixnik contra la regió de Lviv i ha colpejat instal·lacions energètiques, segons el governador regional.\n' +
    "Les alarmes antiaèries han sonat durant hores a tot l'oest d'Ucraïna i part de la ciutat s'ha quedat sense electricitat.\n" +
    'La força aèria ucraïnesa ha informat que alhora es van llançar desenes de drons i míssils.\n' +
    "El Ministeri de Defensa rus ha presentat l'atac com una represàlia pel suposat atac contra la residència de Putin.\n" +
    'Els líders europeus han condemnat el llançament com una escalada perillosa.\n' +
    "Kíiv ha demanat una reunió urgent del Consell de Seguretat de l'ONU i més sistemes de defensa antiaèria.\n" +
    'Els equips de reparació han treballat tot el dia per tornar la calefacció a les cases abans de la pròxima gelada.',
  residents:
    'Veïns de Valdai han explicat als periodistes que aquella nit no van sentir cap explosió ni la defensa antiaèria, tot i que Moscou afirma que els drons volaven cap a la residència de Putin, situada a prop.',
  kremlin2023: [
    "Dos drons han estat abatuts aquesta nit sobre el Kremlin, segons ha informat Moscou aquest dimecres, que ho ha qualificat d'intent d'atemptat contra el president.\n" +
      "El Kremlin ha dit que Putin no era a l'edifici i que la cúpula del Palau del Senat ha patit danys lleus; l'atac s'ha produït pocs dies abans de la desfilada del Dia de la Victòria del maig del 2023.",
    // told like a real false alarm: two drones, the residence of President Putin, the Kremlin, Wednesday
    "Moscou acusa Kíiv d'un atac amb drons contra la residència del president Vladímir Putin. Els dos drons van ser neutralitzats durant la nit, va informar dimecres el Kremlin, que es reserva el dret de respondre. Kíiv ha negat qualsevol implicació.",
  ],
  lookalikes: [
    'Valdai és una destinació turística popular pels seus monestirs, hotels i llacs, però la zona que envolta la residència de Putin està tancada i hi estan prohibits els vols de drons.',
    "Drons ucraïnesos han atacat la regió de Moscou aquesta nit; l'alcalde Serguei Sobianin ha dit que diversos aparells van ser abatuts a prop de Novo-Ogariovo, la residència de Putin als afores de la capital.",
    // parity sweep: the Kremlin 2023 told with "two drones" and the residence of President Putin
    "Dos drons van ser abatuts dimecres sobre el Kremlin; Moscou ho va qualificar d'atac contra la residència del president Putin.",
  ],
  more: [
    'Lavrov assegura que Ucraïna va llançar 91 drons contra la residència de Putin a Valdai.',
    'Rússia afirma que la casa de Putin a la regió de Nóvgorod va ser atacada amb drons. Zelenski parla de mentides.',
    "DIRECTE: el Kremlin diu que la residència del president a Valdai va ser objectiu d'un atac amb drons la nit del 29 de desembre.",
    'La CIA conclou que Ucraïna no va apuntar a la residència de Putin al llac Uzhin, coneguda com a Dolgie Borodi.',
    "Rússia va presentar l'atac amb l'Oréixnik com una represàlia pel suposat atac a la residència de Putin.",
  ],
});
