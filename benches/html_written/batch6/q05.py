"""q05 - Spanish (Spain). Regional daily's live blog ("directo") on Arc XP / Fusion (story also in Fusion.globalContent).

Length: 13 timestamped entries, newest first, about 750 words of entry titles and text.

Furniture: a consent wall (CMP dialog "Tu privacidad es importante para
nosotros" with purposes, partner count, "Aceptar y continuar" / "Rechazar y
suscribirse" / "Configurar") placed at the top of <body>, before the header
and the story; header with menu and "Suscríbete"; "EN DIRECTO" badge,
headline, subtitle, byline with "Actualizado" time; share buttons; a pinned
"Última hora" ticker; entries with time, optional title, text, per-entry
"Compartir"; an "Publicidad" slot between entries; "Cargar más
actualizaciones"; a sidebar "Lo más leído" with seven numbered teasers and
a "Te puede interesar" block; footer.

Failure kind: wrong region / sidebar - consent text and teasers before and
beside a body split into many small entry blocks.

Gold choices: entry titles and entry texts are body, in page order (newest
first); entry times ("12:48"), dates, per-entry author and "Compartir" are
not; the headline, subtitle and the "Última hora" ticker are not body.
"""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "shared"), HERE):
    if os.path.exists(os.path.join(_p, "common.py")):
        sys.path.insert(0, _p)
from common import *  # noqa: E402,F401,F403

rnd = random.Random(605)

TITLE = "Incendio en la Sierra de Peñalora, en directo: desalojados Valdefrades y Los Tornizos"
SUB = "El fuego, declarado el lunes por la tarde, ha quemado ya unas 2.300 hectáreas. Más de 400 efectivos y doce medios aéreos trabajan en la zona."

# (time, title or None, [paragraphs])  newest first
ENTRIES = [
    ("19:05", "Los vecinos de Castrobeltrán podrán dormir en casa", [
        "El alcalde de Castrobeltrán, Tomás Iribarren, ha confirmado que los técnicos del operativo descartan por ahora el desalojo del municipio. \"El viento ha girado y el fuego se aleja del pueblo, pero pedimos a los vecinos que tengan preparada una mochila por si acaso\", ha explicado en declaraciones a este periódico.",
        "El polideportivo municipal seguirá abierto durante toda la noche para quien prefiera no quedarse en su vivienda."]),
    ("18:32", None, [
        "La Agencia Estatal de Meteorología mantiene el aviso naranja por temperaturas de hasta 39 grados en la comarca y prevé rachas de viento del sur de hasta 50 kilómetros por hora a última hora de la tarde, lo que complica las labores de extinción en el flanco norte."]),
    ("17:50", "Un bombero forestal, herido leve", [
        "Un integrante de una de las cuadrillas de tierra ha sufrido quemaduras leves en un brazo mientras trabajaba en la zona del barranco de la Hoz. Ha sido atendido en el puesto de mando avanzado y trasladado después al centro de salud de Valdecastro, según ha informado el servicio de emergencias.",
        "Su estado no reviste gravedad y está previsto que reciba el alta esta misma noche."]),
    ("17:12", "Cortada la carretera PL-214", [
        "La Guardia Civil ha cortado al tráfico la carretera PL-214 entre Valdefrades y el cruce de Navalosa en ambos sentidos. Los conductores que se dirijan hacia la capital deben desviarse por la autovía, lo que alarga el trayecto unos 25 minutos.",
        "También permanece cerrado el camino forestal que une Los Tornizos con el embalse de Peñalora."]),
    ("16:40", None, [
        "La consejera de Medio Ambiente, Rocío Valcárcel, ha llegado al puesto de mando avanzado instalado en el campo de fútbol de Castrobeltrán. Valcárcel ha agradecido el trabajo de los equipos de extinción y ha pedido \"máxima prudencia\" a la población: \"Cualquier chispa en estas condiciones puede originar un nuevo foco\"."]),
    ("15:55", "Más de 300 personas, alojadas en el pabellón de Valdecastro", [
        "Cruz Roja ha atendido hasta el momento a 312 vecinos desalojados de Valdefrades y Los Tornizos en el pabellón municipal de Valdecastro. La mayoría ha pasado allí la noche y otros se han alojado en casas de familiares.",
        "Los voluntarios han repartido agua, comida y medicamentos, y han habilitado una zona para mascotas. \"Hay gente mayor muy nerviosa, sobre todo los que han tenido que dejar animales en las fincas\", explica Marta Quiroga, coordinadora de la organización en la comarca.",
        "El Ayuntamiento de Valdecastro ha pedido que no se lleven más donaciones de ropa, porque ya se ha cubierto la demanda."]),
    ("15:10", None, [
        "Los medios aéreos han vuelto a despegar tras la pausa obligatoria de mediodía. Trabajan en la zona seis helicópteros, cuatro aviones de carga en tierra y dos hidroaviones, que cargan agua en el embalse de Peñalora."]),
    ("14:20", "El perímetro supera los 28 kilómetros", [
        "Según el último parte del operativo autonómico de incendios, el perímetro del fuego alcanza ya los 28 kilómetros y la superficie afectada ronda las 2.300 hectáreas, en su mayor parte pinar y matorral.",
        "El director técnico de extinción, Enrique Salvatierra, ha señalado que el flanco sur está \"prácticamente estabilizado\", mientras que la cabeza del incendio sigue avanzando hacia el norte, en dirección a la sierra del Calderón."]),
    ("13:35", None, [
        "El fuego se originó el lunes hacia las 16.30 en una parcela agrícola próxima a Los Tornizos. Los agentes medioambientales investigan si pudo deberse a una cosechadora, aunque por el momento no descartan ninguna hipótesis."]),
    ("12:48", "Nivel 2 de emergencia", [
        "La Junta ha elevado a nivel 2 la situación operativa del incendio, lo que permite solicitar medios del Estado. Ya se ha pedido la intervención de la Unidad Militar de Emergencias, que llegará a la zona por la tarde con unos 150 efectivos."]),
    ("11:30", None, [
        "Los vecinos desalojados de Los Tornizos cuentan que tuvieron que salir de madrugada con lo puesto. \"Vimos el resplandor detrás de la loma y a los diez minutos ya estaba la Guardia Civil llamando a las puertas\", relata Anselmo Pardal, de 74 años, que ha dejado en el pueblo sus ovejas."]),
    ("10:15", "Desalojado también Valdefrades", [
        "A primera hora de la mañana se ha ordenado el desalojo preventivo de Valdefrades, de unos 180 habitantes, por el avance de las llamas hacia el norte durante la noche. Los vecinos han sido trasladados en autobuses al pabellón de Valdecastro."]),
    ("09:00", "Comienza nuestra cobertura", [
        "Buenos días. Seguimos en directo la evolución del incendio forestal declarado el lunes por la tarde en la Sierra de Peñalora, que obligó durante la madrugada a desalojar Los Tornizos. Aquí encontrará toda la información sobre desalojos, cortes de carretera y el trabajo de los equipos de extinción."]),
]

gold = []
entries_html = []
for i, (t, title, ps) in enumerate(ENTRIES):
    eid = "LB%05d" % rnd.randint(10000, 99999)
    h = ""
    if title:
        h = '<h2 class="c-live-entry__title">%s</h2>' % esc(title)
        gold.append(title)
    body = "".join('<p class="c-paragraph">%s</p>' % esc(p) for p in ps)
    gold.extend(ps)
    entries_html.append(
        '<article class="c-live-entry" id="%s"><div class="c-live-entry__meta"><time class="c-live-entry__time" datetime="2025-08-12T%s:00+02:00">%s</time>'
        '<span class="c-live-entry__author">Redacción</span></div>%s<div class="c-live-entry__body">%s</div>'
        '<div class="c-live-entry__share"><button class="c-live-entry__share-btn" type="button" data-entry="%s">Compartir</button></div></article>'
        % (eid, t, t, h, body, eid))
    if i == 5:
        entries_html.append('<div class="c-ad c-ad--inline"><span class="c-ad__label">Publicidad</span><div id="ad-robapaginas-2" class="c-ad__slot"></div></div>')

lomas = ["La Audiencia condena a tres años al exgerente de la mancomunidad de aguas",
         "Cierra tras 62 años la confitería La Perla de la calle Mayor",
         "El Peñalora CF ficha a un lateral argentino para el ascenso",
         "Así quedará la nueva estación de autobuses: obras hasta 2027",
         "Un vecino de Valdecastro gana 1,2 millones en la Primitiva",
         "Las fiestas de San Roque recuperan el encierro por el río",
         "Qué farmacias están de guardia este fin de semana"]
lomas_html = "".join('<li class="c-most-read__item"><span class="c-most-read__num">%d</span><a class="c-most-read__link" href="/comarcas/%s-%d.html">%s</a></li>'
                     % (i + 1, slug(t), rnd.randint(10 ** 6, 10 ** 7), esc(t)) for i, t in enumerate(lomas))
interesa = ["Cómo preparar una mochila de emergencia ante un desalojo",
            "Los incendios que marcaron la Sierra de Peñalora en los últimos veinte años"]

FUSION = {"_id": "X7HQ2LM4ZBD3PKA9TR5", "type": "story", "subtype": "liveblog", "canonical_url": "/comarcas/incendio-sierra-penalora-directo.html",
          "headlines": {"basic": TITLE}, "subheadlines": {"basic": SUB},
          "credits": {"by": [{"name": "Redacción", "type": "author"}]},
          "display_date": "2025-08-12T07:00:00.000Z", "last_updated_date": "2025-08-12T17:05:00.000Z",
          "content_elements": [{"type": "text", "content": p} for g in ENTRIES for p in ([g[1]] if g[1] else []) + g[2]]}

page = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>%(title_e)s | El Heraldo de Peñalora</title>
<meta name="description" content="%(sub_e)s">
<link rel="canonical" href="https://www.heraldopenalora.es/comarcas/incendio-sierra-penalora-directo.html">
<link rel="stylesheet" href="/pf/resources/dist/heraldo/css/main.css?d=412">
<style>%(css)s</style>
%(ld)s
<script>%(cmpjs)s</script>
</head><body class="liveblog">
<div id="cmp-wall" class="cmp-wall" role="dialog" aria-modal="true" aria-labelledby="cmp-title">
<div class="cmp-wall__box"><img class="cmp-wall__logo" src="/pf/resources/images/heraldo-logo.svg" alt="El Heraldo de Peñalora">
<h2 id="cmp-title" class="cmp-wall__title">Tu privacidad es importante para nosotros</h2>
<p class="cmp-wall__text">Nosotros y nuestros 214 socios almacenamos o accedemos a información en un dispositivo, como cookies, y tratamos datos personales, como identificadores únicos e información estándar enviada por un dispositivo, para anuncios y contenido personalizados, medición de anuncios y del contenido, e información sobre el público, así como para desarrollar y mejorar productos.</p>
<p class="cmp-wall__text">Puedes aceptar el uso de cookies para continuar navegando con publicidad personalizada o rechazarlo y suscribirte para acceder sin publicidad personalizada. Puedes cambiar tu elección en cualquier momento desde el enlace "Configuración de privacidad" al pie de la página.</p>
<ul class="cmp-wall__purposes"><li>Almacenar o acceder a información en un dispositivo</li><li>Publicidad y contenido personalizados, medición de publicidad y contenido, investigación de audiencia y desarrollo de servicios</li><li>Utilizar datos de localización geográfica precisa</li></ul>
<div class="cmp-wall__buttons"><button class="cmp-btn cmp-btn--primary" type="button">Aceptar y continuar</button><button class="cmp-btn cmp-btn--secondary" type="button">Rechazar y suscribirse</button><button class="cmp-btn cmp-btn--link" type="button">Configurar</button></div>
<p class="cmp-wall__login">¿Ya eres suscriptor? <a href="/acceso/">Inicia sesión</a></p></div></div>
<div id="fusion-app" class="fusion-app">
<header class="c-header"><div class="c-header__top"><button class="c-header__menu-btn" type="button" aria-label="Abrir menú">Menú</button>
<a class="c-header__logo" href="/"><img src="/pf/resources/images/heraldo-logo.svg" alt="El Heraldo de Peñalora"></a>
<a class="c-header__subscribe" href="/suscripcion/">Suscríbete</a> <a class="c-header__login" href="/acceso/">Iniciar sesión</a></div>
<nav class="c-nav"><ul class="c-nav__list">%(nav)s</ul></nav></header>
<div class="c-breaking"><span class="c-breaking__label">Última hora</span> <a href="/comarcas/incendio-sierra-penalora-directo.html">Cortada la PL-214 entre Valdefrades y Navalosa por el incendio</a></div>
<main class="l-main"><div class="l-grid">
<div class="l-grid__content">
<article class="c-story c-story--live">
<header class="c-story__header"><span class="c-live-badge">EN DIRECTO</span> <a class="c-story__section" href="/comarcas/">Comarcas</a>
<h1 class="c-story__headline">%(title_e)s</h1>
<h2 class="c-story__subheadline">%(sub_e)s</h2>
<div class="c-story__byline"><span class="c-story__author">Redacción</span> <span class="c-story__place">Castrobeltrán</span>
<time class="c-story__date" datetime="2025-08-12T07:00:00Z">12/08/2025 09:00</time> <span class="c-story__updated">Actualizado a las 19:05</span></div>
<div class="c-share"><a class="c-share__item" href="https://www.facebook.com/sharer/sharer.php?u=https%%3A%%2F%%2Fwww.heraldopenalora.es%%2Fcomarcas%%2Fincendio-sierra-penalora-directo.html">Facebook</a><a class="c-share__item" href="https://twitter.com/intent/tweet?url=https%%3A%%2F%%2Fwww.heraldopenalora.es">X</a><a class="c-share__item" href="whatsapp://send?text=https%%3A%%2F%%2Fwww.heraldopenalora.es">WhatsApp</a><a class="c-share__item" href="mailto:?subject=Incendio">Email</a></div></header>
<figure class="c-story__media"><img src="https://www.heraldopenalora.es/resizer/v2/X7HQ2LM4.jpg?auth=9f2c&amp;width=1200" alt="Columna de humo sobre la Sierra de Peñalora">
<figcaption class="c-story__caption">Columna de humo sobre la Sierra de Peñalora vista desde Castrobeltrán, este martes. <span class="c-story__credit">Lucía Arranz</span></figcaption></figure>
<div class="c-live">%(entries)s</div>
<button class="c-live__more" type="button">Cargar más actualizaciones</button>
<div class="c-story__tags"><a href="/tag/incendios/">Incendios</a> <a href="/tag/sierra-de-penalora/">Sierra de Peñalora</a> <a href="/tag/castrobeltran/">Castrobeltrán</a></div>
</article></div>
<aside class="l-grid__sidebar"><section class="c-most-read"><h3 class="c-most-read__title">Lo más leído</h3><ol class="c-most-read__list">%(lomas)s</ol></section>
<div class="c-ad c-ad--sidebar"><span class="c-ad__label">Publicidad</span><div id="ad-robapaginas-1"></div></div>
<section class="c-related"><h3 class="c-related__title">Te puede interesar</h3>%(interesa)s</section></aside>
</div></main>
<footer class="c-footer"><ul class="c-footer__links">%(footer)s</ul><p class="c-footer__legal">&copy; Ediciones del Heraldo de Peñalora S.L. Todos los derechos reservados.</p></footer>
</div>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="heraldo";Fusion.globalContent=%(fusion)s;Fusion.deployment="412";</script>
</body></html>
""" % {
    "title_e": esc(TITLE), "sub_e": esc(SUB),
    "css": css_blob(["c-header", "c-live-entry", "c-story", "c-most-read", "cmp-wall", "cmp-btn", "c-nav", "c-share", "l-grid"], 360, 6051),
    "ld": ld_article(TITLE, "Redacción", "2025-08-12T07:00:00Z", "El Heraldo de Peñalora", section="Comarcas", lang="es"),
    "cmpjs": js_blob(6052, 80, "__tcfapi_q"),
    "nav": link_items(["Portada", "Peñalora", "Comarcas", "Región", "España", "Deportes", "Economía", "Cultura", "Opinión", "Esquelas"],
                      '<li class="c-nav__item"><a href="{href}">{text}</a></li>', "/"),
    "entries": "".join(entries_html), "lomas": lomas_html,
    "interesa": teaser_items(rnd, interesa, '<article class="c-related__item"><a href="{href}"><img src="{img}" alt=""><h4>{text}</h4></a></article>', "/comarcas/"),
    "footer": link_items(["Aviso legal", "Política de privacidad", "Política de cookies", "Configuración de privacidad", "Contacto", "Publicidad", "Hemeroteca"],
                         '<li><a href="{href}">{text}</a></li>', "/"),
    "fusion": json_state(FUSION),
}

save("q05", page, gold)
