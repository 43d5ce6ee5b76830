import { describeLanguage } from './cases';

describeLanguage('fr', {
  article:
    "Moscou accuse Kiev d'avoir visé une résidence de Poutine dans la région de Novgorod avec 91 drones\n" +
    "Le ministre russe des Affaires étrangères, Sergueï Lavrov, affirme que l'Ukraine a lancé dans la nuit du 28 au 29 décembre 91 drones d'attaque contre la résidence d'État du président près de Valdaï. Selon lui, tous les appareils ont été abattus par la défense antiaérienne et personne n'a été blessé.\n" +
    "La Russie va revoir sa position dans les négociations, a-t-il ajouté. Kiev dément et parle d'un mensonge destiné à saboter les efforts de paix.",
  short:
    "La Russie affirme que 91 drones ukrainiens ont visé la résidence présidentielle dans la nuit. L'Ukraine dément toute attaque.",
  home: "« La maison de Poutine a été attaquée », a déclaré Donald Trump, qui dit l'avoir appris de la bouche même du président russe lors d'un appel téléphonique. Il s'est dit « très en colère ».",
  compound:
    "Le domaine de Dolgie Borody, au bord du lac Valdaï, sert de lieu de repos aux dirigeants du pays depuis l'époque soviétique. C'est là que des drones ukrainiens auraient tenté de frapper fin décembre, selon Moscou.",
  later:
    'La Russie a tiré dans la nuit son missile Orechnik sur la région de Lviv, touchant des infrastructures énergétiques, selon le gouverneur régional.\n' +
    "Les alertes aériennes ont retenti pendant plusieurs heures dans l'ouest de l'Ukraine et une partie de la ville a été privée d'électricité.\n" +
    "L'armée de l'air ukrainienne a fait état de dizaines de drones et de missiles lancés simultanément.\n" +
    "Le ministère russe de la Défense a présenté la frappe comme une riposte à l'attaque présumée contre la résidence de Poutine.\n" +
    "Les dirigeants européens ont condamné un tir qu'ils jugent dangereux.\n" +
    "Kiev a demandé une réunion d'urgence du Conseil de sécurité de l'ONU et davantage de systèmes de défense aérienne.\n" +
    'Les équipes de réparation ont travaillé toute la journée pour rétablir le chauffage avant le prochain épisode de gel.',
  residents:
    "À Valdaï, des habitants interrogés par la presse disent n'avoir entendu aucune explosion ni aucun tir de la défense antiaérienne la nuit où, selon Moscou, des drones visaient la résidence de Poutine toute proche.",
  kremlin2023:
    "Deux drones ont été abattus cette nuit au-dessus du Kremlin, a annoncé Moscou mercredi, qui parle d'une tentative d'assassinat contre le président.\n" +
    "Selon le Kremlin, Vladimir Poutine ne se trouvait pas dans le bâtiment et la coupole du palais du Sénat n'a été que légèrement endommagée, à quelques jours du défilé du 9 mai.",
  lookalikes: [
    'Moscou dénonce une attaque de drone contre la résidence du président Vladimir Poutine au Kremlin. Deux drones ont été neutralisés dans la nuit, a indiqué mercredi le Kremlin, qui accuse Kiev et se réserve le droit de riposter. Kiev a démenti toute implication.',
    "Le Club de discussion Valdaï s'est réuni à Sotchi, où Vladimir Poutine a pris la parole lors de la séance plénière pour évoquer les relations avec l'Occident.",
  ],
});
