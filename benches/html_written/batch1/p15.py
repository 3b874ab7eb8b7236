# p15: Spanish national daily (El País-like layout: a_c article content, "Más información", "Archivado en", "Sobre la firma")
from common import *

PID = "p15"
TITLE = "El pueblo que reabrió su escuela: Villarejo del Cierzo recupera a sus niños gracias al teletrabajo"
DEK = "Una docena de familias llegadas desde 2021 ha permitido reabrir el colegio, cerrado desde 2009, en un municipio que no llegaba a los 150 habitantes"
URL = "https://elcorreopeninsular.es/sociedad/2024-04-14/el-pueblo-que-reabrio-su-escuela-villarejo-del-cierzo.html"

BODY = [
    ("p", "A las nueve menos cuarto de la mañana, la plaza de Villarejo del Cierzo vuelve a oler a cacao y a prisas. Once niños, mochila a la espalda, cruzan hacia la antigua casa del maestro, convertida de nuevo en escuela después de quince años cerrada. Para un pueblo que en 2020 tenía 143 vecinos empadronados y ninguno menor de diez años, la escena tiene algo de milagro."),
    ("p", "El milagro, sin embargo, tiene explicación. Desde 2021 se han instalado en el municipio doce familias, la mayoría procedentes de Madrid, Zaragoza y Valencia, atraídas por una combinación de vivienda barata, buena conexión a internet y un programa municipal de acogida que el alcalde, Tomás Lahoz, define como “poco dinero y mucha insistencia”."),
    ("p", "“No teníamos polígono industrial ni una estación de esquí. Teníamos casas vacías y fibra óptica, que llegó casi por casualidad con una obra de la diputación”, explica Lahoz, de 61 años, agricultor y alcalde desde 2015. “Decidimos que eso tenía que servir para algo”."),
    ("ad", None),
    ("h3", "Una casa, un trabajo y una escuela"),
    ("p", "El programa, bautizado como <em>Volver al Cierzo</em>, ofrece a las familias que se empadronan un alquiler social en viviendas rehabilitadas por el ayuntamiento, ayuda para encontrar trabajo en la comarca y, sobre todo, acompañamiento. Una técnica municipal se encarga de resolver desde el papeleo del colegio hasta la búsqueda de un pediatra."),
    ("p", "Entre los recién llegados está Lucía Berrocal, diseñadora gráfica de 38 años, que se mudó desde Madrid con su pareja y sus dos hijos en el verano de 2022. Trabaja a distancia para una agencia de publicidad y viaja a la capital una vez al mes."),
    ("p", "“En Madrid pagábamos 1.100 euros por un piso de 60 metros. Aquí pagamos 280 por una casa con huerto”, cuenta. “Lo que más me costó no fue el frío ni la distancia, fue acostumbrarme a que todo el mundo sepa quién eres desde el primer día. Ahora es lo que más me gusta”."),
    ("mas", None),
    ("p", "La reapertura de la escuela, el pasado septiembre, es el momento que muchos vecinos señalan como el punto de inflexión. La normativa autonómica exige un mínimo de seis alumnos para mantener abierta una escuela rural; Villarejo superó esa cifra por primera vez en el curso 2023-2024."),
    ("p", "La maestra, Irene Sopeña, imparte clase a niños de entre tres y once años en una misma aula. “Es otra forma de enseñar. Los mayores ayudan a los pequeños, y los pequeños aprenden escuchando a los mayores”, dice."),
    ("newsletter", None),
    ("h3", "No todo es idílico"),
    ("p", "El proyecto no está exento de problemas. Varias de las familias que llegaron en 2021 se marcharon al cabo de un año, desanimadas por el aislamiento en invierno o por la falta de empleo para el miembro de la pareja que no teletrabajaba. El ayuntamiento calcula que, de cada tres familias que se instalan, una no completa el segundo año."),
    ("p", "Además, las viviendas disponibles se han agotado. El consistorio negocia con los herederos de una decena de casas abandonadas, muchos de ellos residentes en el extranjero, para poder rehabilitarlas, pero el proceso es lento."),
    ("p", "“Tenemos lista de espera, que es algo que nunca pensé que diría”, reconoce Lahoz. “El problema ya no es que no venga nadie. Es dónde meterlos”."),
    ("ad", None),
    ("p", "Hoy Villarejo del Cierzo tiene 181 vecinos empadronados. El bar de la plaza, que llevaba cerrado desde 2016, volvió a abrir el año pasado, y una panadería de la comarca ha empezado a subir pan tres días a la semana."),
    ("p", "Son cambios pequeños, admite el alcalde, pero en un pueblo como este se notan. “Antes, el único ruido por la mañana era el del camión de la basura”, dice. “Ahora son los críos. No hay comparación”."),
]

HEADS_ES = ["La sequía obliga a restringir el riego en tres comarcas del interior", "El Gobierno aprueba el nuevo calendario de ayudas a la vivienda joven",
            "Así será el verano: más calor y menos lluvia de lo habitual", "Los precios de los alquileres suben un 9% en las capitales de provincia",
            "Cómo solicitar la beca de comedor para el próximo curso", "Un estudio alerta del envejecimiento de los médicos rurales",
            "La despoblación, en cifras: 4.000 municipios pierden habitantes", "Opinión | La España vacía necesita algo más que fibra óptica",
            "Muere a los 89 años el poeta Anselmo Ruiz de Olaba", "El festival de cine de la costa anuncia su cartel", "La liga femenina bate récord de asistencia",
            "Qué hacer este fin de semana: diez planes para toda la familia", "Una app para compartir coche en los pueblos triunfa entre los mayores",
            "El Congreso debate la ley de servicios de atención a la clientela", "Los institutos rurales piden más profesores de apoyo"]


def render_body():
    out, gold = [], []
    ad = 0
    for kind, val in BODY:
        if kind == "p":
            out.append('<p class="">%s</p>' % val); gold.append(val)
        elif kind == "h3":
            out.append('<h3>%s</h3>' % esc(val)); gold.append(val)
        elif kind == "ad":
            ad += 1
            out.append('<div class="ad ad-nstd-%d ad-mpu" data-adtype="MPU" data-adpos="%d"><span class="ad_l">Publicidad</span><div id="elcp_gpt-MPU%d" style="min-height:250px"></div></div>' % (ad, ad, ad))
        elif kind == "mas":
            out.append('<div class="a_r_b"><span class="a_r_t">Más información</span><article class="c c-d c--m"><figure class="c_m"><a href="/sociedad/2023-11-02/la-espana-que-teletrabaja-desde-el-pueblo.html"><img src="/img/rel/teletrabajo.jpg" alt="" width="120" height="80" loading="lazy"></a></figure><header class="c_h"><h2 class="c_t"><a href="/sociedad/2023-11-02/la-espana-que-teletrabaja-desde-el-pueblo.html">La España que teletrabaja desde el pueblo: quiénes son y por qué se quedan</a></h2></header></article><article class="c c-d c--m"><header class="c_h"><h2 class="c_t"><a href="/educacion/2024-01-20/las-escuelas-rurales-que-resisten.html">Las escuelas rurales que resisten con seis alumnos</a></h2></header></article></div>')
        elif kind == "newsletter":
            out.append('<div class="nl-art"><p class="nl-art_t">Newsletter</p><p class="nl-art_d">Recibe cada mañana las claves de la actualidad con la newsletter de El Correo Peninsular.</p><a class="nl-art_b" href="/newsletters/">Apúntate aquí</a></div>')
    return "\n".join(out), gold


def main():
    body_html, gold = render_body()
    comments = [("Pilar G.", "Ojalá cunda el ejemplo. En mi pueblo cerraron la escuela en 2012 y ya no ha vuelto a abrir."),
                ("jmartin_79", "Todo muy bonito hasta que necesitas un especialista médico y el más cercano está a dos horas."),
                ("Andrés R. V.", "Enhorabuena al alcalde. La clave es el acompañamiento, no solo las casas baratas.")]
    page = f'''<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="UTF-8">
<title>El pueblo que reabrió su escuela: Villarejo del Cierzo recupera a sus niños gracias al teletrabajo | Sociedad | El Correo Peninsular</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(DEK)}">
<meta name="robots" content="index,follow,max-image-preview:large">
<meta property="og:title" content="{esc(TITLE)}">
<meta property="og:description" content="{esc(DEK)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{URL}">
<meta property="og:locale" content="es_ES">
<meta property="og:site_name" content="El Correo Peninsular">
<meta property="og:image" content="https://elcorreopeninsular.es/img/2024/04/villarejo-escuela.jpg">
<meta property="article:published_time" content="2024-04-14T05:20:00+02:00">
<meta property="article:modified_time" content="2024-04-14T09:11:00+02:00">
<meta property="article:section" content="Sociedad">
<meta property="article:tag" content="Despoblación">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{URL}">
<script type="application/ld+json">{words_json({"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE, "alternativeHeadline": DEK, "datePublished": "2024-04-14T05:20:00+02:00", "dateModified": "2024-04-14T09:11:00+02:00", "inLanguage": "es", "author": [{"@type": "Person", "name": "Carmen Ibarzábal"}], "publisher": {"@type": "Organization", "name": "El Correo Peninsular"}, "articleSection": "Sociedad", "isAccessibleForFree": False})}</script>
<style>{css_blob(1501, "a", 180)}</style>
<script>var DTM = {{"pageDataLayer":{{"articleID":"VILL24041401","section":"sociedad","tags":["despoblacion","educacion","teletrabajo"],"author":"Carmen Ibarzábal","paywall":"metered","isPremium":false}}}};</script>
<script>{js_blob(1502, 60, "ECP")}</script>
</head>
<body class="b-d">
<div id="didomi-host"><div class="didomi-popup" role="dialog"><div class="didomi-popup-notice-text"><p><strong>Bienvenido a El Correo Peninsular</strong></p><p>Utilizamos cookies propias y de terceros con finalidades analíticas y para mostrarte publicidad personalizada en base a un perfil elaborado a partir de tus hábitos de navegación. Puedes obtener más información y configurar tus preferencias.</p></div><button class="didomi-button">Aceptar y continuar</button><button class="didomi-button-standard">Configurar</button><a href="/suscripciones/">Suscríbete sin cookies</a></div></div>
<header class="_g _g-h"><div class="_df"><a class="ep_l" href="/"><img src="/img/logo-ecp.svg" alt="El Correo Peninsular" width="200" height="36"></a><div class="s_a"><a href="/suscripciones/" class="s_b">Suscríbete</a><a href="/login/" class="s_u">Iniciar sesión</a></div><form class="_s" action="/buscador/"><input type="search" name="q" placeholder="Escribe para buscar" aria-label="Buscar"><button>Buscar</button></form></div>
<nav class="sm"><ul>{"".join('<li><a href="/%s/">%s</a></li>' % (re.sub(r"[^a-z]+", "-", x.lower().replace("á", "a").replace("í", "i").replace("ó", "o")).strip("-"), x) for x in ["España", "Internacional", "Opinión", "Economía", "Sociedad", "Educación", "Clima y Medio Ambiente", "Ciencia", "Cultura", "Deportes", "Tecnología", "Gente", "Podcasts"])}</ul></nav></header>
<div class="ad ad-ldb"><span class="ad_l">Publicidad</span><div id="elcp_gpt-LDB1"></div></div>
<main id="main-content" class="mw">
<article class="a _g _g-lg">
<header class="a_e"><div class="a_k"><a href="/sociedad/">Sociedad</a> <span>·</span> <a href="/noticias/despoblacion/">Despoblación</a></div><h1 class="a_t">{esc(TITLE)}</h1><h2 class="a_st">{esc(DEK)}</h2>
<figure class="a_m"><img src="https://elcorreopeninsular.es/img/2024/04/villarejo-escuela.jpg" alt="Niños en la escuela de Villarejo del Cierzo" width="1200" height="800"><figcaption class="a_m_p"><span>Alumnos de la escuela de Villarejo del Cierzo durante el recreo, el pasado marzo.</span><span class="a_m_a">Rubén Solana</span></figcaption></figure>
<div class="a_md"><div class="a_md_a"><a href="/autor/carmen-ibarzabal/" class="a_md_a_n">Carmen Ibarzábal</a><span class="a_md_l">Villarejo del Cierzo</span></div><div class="a_md_f"><time datetime="2024-04-14T05:20:00+02:00">14 abr 2024 - 05:20 CEST</time></div><div class="a_md_s"><a href="https://www.facebook.com/sharer.php?u={URL}">Compartir en Facebook</a><a href="https://x.com/intent/tweet?url={URL}">Compartir en X</a><a href="https://wa.me/?text={URL}">Compartir en Whatsapp</a><a href="mailto:?body={URL}">Enviar por correo</a><button>Copiar enlace</button><a href="#comentarios">Comentarios</a></div></div></header>
<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">
{body_html}
</div>
<div class="a_ft"><div class="w_rs"><p class="w_rs_t">Puedes seguir a El Correo Peninsular Sociedad en Facebook y X, o apuntarte aquí para recibir nuestra newsletter semanal.</p></div>
<div class="a_ft_b"><span>¿Tienes algo que contar? Escribe a la autora a cibarzabal@elcorreopeninsular.es</span></div>
<section class="a_k_tg"><h3 class="a_k_tg_t">Archivado En</h3><ul>{"".join('<li><a href="/noticias/%s/">%s</a></li>' % (re.sub(r"[^a-z]+", "-", x.lower()).strip("-"), x) for x in ["Despoblación", "Educación", "Teletrabajo", "Escuela rural", "Vivienda", "Ayuntamientos"])}</ul></section>
<div class="a_aut"><h3>Sobre la firma</h3><div class="a_aut_b"><img src="/img/autores/ibarzabal.jpg" alt="" width="64" height="64"><div><a href="/autor/carmen-ibarzabal/">Carmen Ibarzábal</a><p>Periodista de la sección de Sociedad. Cubre despoblación, medio rural y servicios públicos. Antes trabajó en la redacción regional de Aragón.</p></div></div></div>
</div>
</article>
<section id="comentarios" class="cmt"><h2>Comentarios</h2><p class="cmt_n">Normas <a href="/normas-de-participacion/">Más información</a></p><p class="cmt_l">Para comentar debes estar <a href="/login/">suscrito</a>.</p><ul>{"".join('<li><strong>%s</strong><p>%s</p></li>' % (u, esc(c)) for u, c in comments)}</ul></section>
<section class="b_m"><h2>Lo más visto</h2><ol>{"".join('<li><a href="/sociedad/%d">%s</a></li>' % (i, esc(h)) for i, h in enumerate(HEADS_ES[:8]))}</ol></section>
<section class="b_r"><h2>Te puede interesar</h2><ul>{"".join('<li><a href="/sociedad/r%d">%s</a></li>' % (i, esc(h)) for i, h in enumerate(HEADS_ES[8:15]))}</ul></section>
</main>
<footer class="_g _g-f"><div class="f_l"><ul>{"".join('<li><a href="/%s/">%s</a></li>' % (re.sub(r"[^a-z]+", "-", x.lower()).strip("-"), x) for x in ["Aviso legal", "Política de cookies", "Política de privacidad", "Configuración de privacidad", "Mapa web", "Contacto", "Venta de contenidos", "Publicidad", "Suscripciones", "Libro de estilo", "Trabaja con nosotros"])}</ul></div><p class="f_c">© EDICIONES PENINSULARES S.L.</p></footer>
<script>{js_blob(1503, 50, "ECP_ads")}</script>
</body>
</html>'''
    save(PID, page, gold)


if __name__ == "__main__":
    main()
