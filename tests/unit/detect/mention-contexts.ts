/**
 * Unrelated articles (own words) that a one-sentence mention is put into: oil prices, a
 * New Year address, a coalition meeting, a markets report, a strike. `§` marks the spot.
 */
import type { Context } from './mention-helpers';

export const contexts = {
  'en-oil': {
    headline: 'Oil climbs for a third day as the cold snap lifts demand',
    first:
      'Oil prices rose for a third day on Monday as freezing weather in Europe and North America lifted demand for heating fuel. Brent crude gained almost two per cent by midday in London.',
    second:
      'Analysts said supplies from the Gulf remained steady and stocks in the United States were higher than a year ago. § Producers are expected to leave output unchanged when they meet next week.',
    last: 'The dollar was little changed, and gold slipped back from its record high.',
  },
  'en-address': {
    headline: 'President promises higher pensions in a short New Year address',
    first:
      'The president’s New Year address lasted just under six minutes and was filmed in a decorated hall of the palace. He thanked doctors, soldiers and teachers, and promised that pensions would rise in the spring.',
    second:
      'He spoke about the economy, the harvest and the football team. § He ended with a toast.',
    last: 'Broadcasters showed the speech in every time zone as midnight arrived.',
  },
  'en-coalition': {
    headline: 'Coalition leaders agree budget after four-hour meeting',
    first:
      'Leaders of the three coalition parties met for four hours on Wednesday to settle next year’s budget. They agreed on more money for schools and a cut in the tax on electricity.',
    second:
      'The finance minister said the bill would go to parliament before the end of the month. § Opposition parties called the plan vague.',
    last: 'A vote is expected in the first week of February.',
  },
  'en-markets': {
    headline: 'European shares edge higher, led by banks and carmakers',
    first:
      'European shares ended the week slightly higher on Friday, led by banks and carmakers after strong quarterly results. The euro was little changed against the dollar in thin trading.',
    second:
      'Government bond yields rose after new figures showed factory orders recovering. § Volumes were low ahead of the long weekend.',
    last: 'Markets reopen on Tuesday.',
  },
  'en-strike': {
    headline: 'Dock workers walk out over pay and night shifts',
    first:
      'Dock workers at the country’s two largest ports walked out on Thursday in a dispute over pay and night shifts. Union leaders said the strike would last at least three days unless the employers made a new offer.',
    second:
      'Lorries queued for several kilometres outside the terminals, and shipping lines began sending vessels to ports abroad. § The transport minister urged both sides to return to talks.',
    last: 'Talks are set to resume on Monday.',
  },
  'en-plant': {
    headline: 'Car plant workers strike over new shift patterns',
    first:
      'Workers at the country’s largest car plant walked out on Tuesday over new shift patterns. The factory’s management said production of two models had stopped and that suppliers had been told to hold deliveries.',
    second:
      'Union officials said the strike would go on until the company withdrew the plan. § Talks are expected later in the week.',
    last: 'The plant employs about nine thousand people.',
  },
  'de-oil': {
    headline: 'Ölpreise steigen den dritten Tag in Folge',
    first:
      'Die Ölpreise sind am Montag den dritten Tag in Folge gestiegen, weil die Kälte in Europa die Nachfrage nach Heizöl erhöht. Ein Barrel der Sorte Brent kostete am Mittag fast zwei Prozent mehr als am Freitag.',
    second:
      'Händler verwiesen zudem auf niedrigere Lagerbestände in den USA. § Der Euro gab leicht nach.',
    last: 'Beim nächsten Treffen der Förderländer wird keine Änderung der Fördermengen erwartet.',
  },
  'de-coalition': {
    headline: 'Koalition einigt sich nach langer Nacht auf den Haushalt',
    first:
      'Die Spitzen der Koalition haben sich nach vierstündigen Beratungen auf den Haushalt für das kommende Jahr verständigt. Mehr Geld soll in Schulen fließen, die Stromsteuer sinkt ab dem Sommer.',
    second:
      'Der Finanzminister will den Entwurf noch in diesem Monat in den Bundestag einbringen. § Die Opposition kritisierte, die Finanzierung sei ungeklärt.',
    last: 'Abgestimmt werden soll Anfang Februar.',
  },
  'fr-oil': {
    headline: 'Le pétrole poursuit sa hausse avec la vague de froid',
    first:
      'Les cours du pétrole ont progressé lundi pour la troisième séance consécutive, portés par la vague de froid en Europe. Le baril de Brent a gagné près de deux pour cent à la mi-journée à Londres.',
    second:
      'Les analystes notent que l’offre reste abondante et que les stocks américains ont augmenté. § L’euro a peu varié face au dollar.',
    last: 'Les pays producteurs devraient maintenir leurs quotas lors de leur prochaine réunion.',
  },
  'fr-strike': {
    headline: 'Grève des contrôleurs aériens : des centaines de vols annulés',
    first:
      'Les contrôleurs aériens ont entamé jeudi une grève de deux jours pour réclamer des hausses de salaire. Des centaines de vols ont été annulés au départ de Paris, de Lyon et de Marseille.',
    second:
      'La direction de l’aviation civile appelle les passagers à vérifier leurs réservations. § Une nouvelle réunion avec le ministère est prévue lundi.',
    last: 'Les syndicats n’excluent pas un nouveau mouvement en février.',
  },
  'es-oil': {
    headline: 'El crudo encadena tres sesiones de subidas por el frío',
    first:
      'El precio del crudo subió el lunes por tercera sesión consecutiva ante la ola de frío en Europa. El barril de Brent ganó casi un dos por ciento a mediodía en Londres.',
    second:
      'Los analistas señalan que la oferta sigue siendo abundante y que las reservas en Estados Unidos aumentaron. § El euro apenas se movió frente al dólar.',
    last: 'Se espera que los productores mantengan sus cuotas en la próxima reunión.',
  },
  'it-oil': {
    headline: 'Petrolio in rialzo per la terza seduta di fila',
    first:
      'Il prezzo del petrolio è salito lunedì per la terza seduta consecutiva, spinto dal freddo in Europa. Il Brent ha guadagnato quasi il due per cento a metà giornata sulla piazza di Londra.',
    second:
      'Gli analisti ricordano che l’offerta resta abbondante e che le scorte americane sono in aumento. § L’euro è rimasto stabile sul dollaro.',
    last: 'I paesi produttori dovrebbero confermare le quote nella prossima riunione.',
  },
  'pt-oil': {
    headline: 'Petróleo sobe pela terceira sessão com o frio na Europa',
    first:
      'O preço do petróleo subiu na segunda-feira pela terceira sessão seguida, impulsionado pelo frio na Europa. O barril de Brent ganhou quase dois por cento ao meio-dia em Londres.',
    second:
      'Os analistas lembram que a oferta continua abundante e que os estoques nos Estados Unidos aumentaram. § O euro quase não se mexeu frente ao dólar.',
    last: 'Os países produtores devem manter as cotas na próxima reunião.',
  },
  'pl-strike': {
    headline: 'Strajk kierowców autobusów: długie kolejki na przystankach',
    first:
      'Kierowcy autobusów miejskich rozpoczęli w czwartek dwudniowy strajk płacowy. Na przystankach w centrum miasta od rana ustawiały się długie kolejki, a tramwaje były przepełnione.',
    second:
      'Związkowcy domagają się podwyżek i krótszych zmian. § Rozmowy z magistratem mają zostać wznowione w poniedziałek.',
    last: 'Miasto uruchomiło dodatkowe linie tramwajowe.',
  },
  'uk-strike': {
    headline: 'Шахтарі двох шахт оголосили страйк через борги із зарплати',
    first:
      'Шахтарі двох шахт на Дніпропетровщині у четвер оголосили страйк через затримку зарплати. Профспілка вимагає погасити борги до кінця місяця і не звільняти людей.',
    second:
      'Керівництво підприємства обіцяє знайти гроші після надходження оплати від енергетиків. § Переговори продовжаться в понеділок.',
    last: 'Видобуток вугілля на час страйку зупинено.',
  },
  'ru-markets': {
    headline: 'Российский рынок акций завершил неделю небольшим ростом',
    first:
      'Российский рынок акций в пятницу завершил торги небольшим ростом, лидерами стали банки и металлурги. Рубль почти не изменился к доллару, а объёмы торгов оставались низкими.',
    second:
      'Золото подешевело после рекордных значений, а доходность облигаций немного выросла. § Следующая неделя будет короткой из-за праздников.',
    last: 'Торги возобновятся во вторник.',
  },
} satisfies Record<string, Context>;

export type ContextKey = keyof typeof contexts;
