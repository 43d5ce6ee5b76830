import { describeLanguage } from './cases';

describeLanguage('es', {
  article:
    'Rusia acusa a Ucrania de lanzar 91 drones contra una residencia de Putin en la región de Nóvgorod\n' +
    'El ministro de Exteriores ruso, Serguéi Lavrov, aseguró que en la noche del 28 al 29 de diciembre Ucrania atacó con 91 drones de largo alcance la residencia estatal del presidente cerca de Valdái. Según Lavrov, todos los aparatos fueron derribados y no hubo víctimas ni daños.\n' +
    'Moscú revisará su postura en las negociaciones, añadió. Kiev lo desmiente y habla de una mentira para torpedear el proceso de paz.',
  short:
    'Moscú denuncia que 91 drones ucranianos intentaron alcanzar la residencia presidencial rusa. Kiev niega el ataque.',
  home: 'Trump contó que el propio Putin le dijo por teléfono que su casa había sido atacada con drones, y confesó que estaba «muy enfadado».',
  compound:
    'La finca de Dolgiye Borody, a orillas del lago Valdái, es un lugar de descanso de los dirigentes del país desde la época soviética. Allí apuntaban supuestamente los drones ucranianos a finales de diciembre, según el Kremlin.',
  later:
    'Rusia lanzó durante la noche su misil Oréshnik contra la región de Leópolis y alcanzó instalaciones energéticas, según el gobernador regional.\n' +
    'Las alertas antiaéreas sonaron durante horas en el oeste de Ucrania y parte de la ciudad se quedó sin luz.\n' +
    'La Fuerza Aérea ucraniana informó de decenas de drones y misiles lanzados al mismo tiempo.\n' +
    'El Ministerio de Defensa ruso presentó el bombardeo como una represalia por el supuesto ataque contra la residencia de Putin.\n' +
    'Los líderes europeos condenaron el lanzamiento como una escalada peligrosa.\n' +
    'Kiev pidió una reunión urgente del Consejo de Seguridad de la ONU y más sistemas de defensa antiaérea.\n' +
    'Los equipos de reparación trabajaron todo el día para devolver la calefacción a los hogares antes de la próxima helada.',
  residents:
    'Vecinos de Valdái contaron a los periodistas que aquella noche no oyeron nada: ninguna explosión ni disparos de la defensa antiaérea, pese a que Moscú asegura que los drones volaban hacia la residencia de Putin, a pocos kilómetros.',
  kremlin2023:
    'Dos drones fueron derribados esta madrugada sobre el Kremlin, informó Moscú el miércoles, que lo califica de intento de atentado contra la vida del presidente.\n' +
    'Según el Kremlin, Vladímir Putin no se encontraba en el edificio y la cúpula del Palacio del Senado sufrió daños menores, a pocos días del desfile del Día de la Victoria.',
  lookalikes: [
    'Moscú acusa a Kiev de un ataque con drones contra la residencia del presidente Vladímir Putin en el Kremlin. Dos drones fueron neutralizados durante la noche, informó el miércoles la presidencia rusa, que se reserva el derecho a responder. Ucrania negó cualquier implicación.',
    'Los turistas acuden en verano a Valdái por su lago, sus monasterios y sus bosques; los hoteles de la zona registran reservas récord. Los guías señalan también la valla de la residencia de Putin en la otra orilla.',
  ],
  // a bare report of what Putin told Trump: his house was attacked
  more: [
    'Donald Trump dijo que Vladímir Putin le contó por teléfono que habían atacado su casa y que estaba muy enfadado.',
  ],
});
