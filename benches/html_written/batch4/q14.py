"""q14 - Spanish, regional daily (Spain).

Ordinary drought story with one subheading; cookie notice, navigation,
"Última hora" ticker, share bar, "Lee también" inline link, ad labels
("Publicidad"), "Archivado en" tags, comment count, "Lo más visto" list
and a footer with many links.
"""
import random
from common import *

PID = "q14"
rnd = random.Random(414)

HEADLINE = "Torrealba de la Sierra cortará el agua por la noche a partir del lunes por la sequía"
SUB = "El Ayuntamiento limitará el suministro entre las 23.00 y las 6.00 horas mientras el embalse de Los Quejigos siga por debajo del 15%"

TEXT = """
Los vecinos de Torrealba de la Sierra se quedarán sin agua corriente durante la noche a partir del próximo lunes. El Ayuntamiento aprobó este jueves en un pleno extraordinario un plan de restricciones que cortará el suministro entre las once de la noche y las seis de la mañana, una medida que no se aplicaba en el municipio desde la sequía de 1995.

El embalse de Los Quejigos, del que se abastecen el pueblo y otras cuatro localidades de la comarca, se encuentra al 13,8% de su capacidad, según los últimos datos de la mancomunidad de aguas. Hace un año, en las mismas fechas, estaba al 41%.

"No es una decisión que hayamos tomado a la ligera, pero si no reducimos ahora el consumo, en agosto podríamos tener problemas para garantizar el agua incluso durante el día", explicó la alcaldesa, Rocío Benavente, al término del pleno.

## Piscinas y jardines

Además del corte nocturno, el plan prohíbe desde el lunes regar jardines y huertos particulares con agua de la red, llenar piscinas privadas y lavar coches fuera de los establecimientos autorizados. Las fuentes ornamentales del municipio ya fueron apagadas la semana pasada.

Las multas por incumplir las restricciones irán de 150 a 1.500 euros, aunque el concejal de Servicios, Andrés Molina, aseguró que durante las primeras semanas la Policía Local se limitará a informar a los vecinos. "Queremos que la gente entienda la situación antes de empezar a sancionar", afirmó.

La medida no afectará al centro de salud ni a la residencia de mayores, que contarán con depósitos propios, ni a las explotaciones ganaderas, que podrán seguir abasteciéndose en horario restringido previa solicitud al Ayuntamiento.

La Asociación de Vecinos del Barrio Alto criticó que el plan no incluya ayudas para instalar depósitos en las viviendas. Su presidenta, Carmen Ruiz Olmedo, recordó que muchas casas del casco antiguo están habitadas por personas mayores que no pueden asumir ese gasto. El equipo de gobierno estudiará la petición en la próxima comisión de Hacienda.
"""

body = body_from(TEXT)
body.insert(2, ("raw", '<aside class="a_e_r"><p class="a_e_r_t">Lee también</p><a href="/comarca/2024-06-28/la-mancomunidad-pide-ahorrar-un-20-de-agua.html">La mancomunidad pide a los vecinos ahorrar un 20% de agua este verano</a></aside>'))
body.insert(5, ("raw", '<div class="publi"><span class="publi-label">Publicidad</span><div id="div-gpt-roba-1"></div></div>'))
body_html, gold = render(body, {"p": '<p class="">{}</p>', "h2": '<h3 class="a_intertitulo">{}</h3>'})
# the subheading is rendered as h3 by this CMS; gold line is the same text

masvisto = ["Muere un motorista en un accidente en la carretera de Los Quejigos",
            "Las fiestas de San Bartolomé tendrán toros, verbenas y un concierto de rock",
            "Un incendio calcina cinco hectáreas de pinar junto a la autovía",
            "La Junta licita la reforma del instituto Fray Tomás por 2,3 millones",
            "El mercadillo de los jueves se traslada a la plaza de la Constitución"]

cookies = """<div id="cmp-dialog" class="cmp" role="dialog" aria-modal="true"><div class="cmp-box">
<h2>Tu privacidad es importante para nosotros</h2>
<p>Nosotros y nuestros socios guardamos o accedemos a información en tu dispositivo, como cookies, y tratamos datos personales, como identificadores únicos, para mostrar anuncios y contenido personalizados, medir su rendimiento y mejorar nuestros servicios.</p>
<p>Puedes aceptar, rechazar o configurar tus preferencias en cualquier momento desde el enlace "Configuración de privacidad" al pie de la página.</p>
<button class="cmp-accept">Aceptar y continuar</button> <button class="cmp-reject">Rechazar</button> <button class="cmp-config">Configurar</button></div></div>"""

page = f"""<!DOCTYPE html>
<html lang="es">
<head><meta charset="utf-8"><title>{esc(HEADLINE)} | Comarca | La Voz de Almarena</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(SUB)}">
<style>{css_blob(["a_e", "a_c", "a_t", "c_h", "publi", "cmp", "mv", "ft", "ticker"], 400, 4141)}</style>
{ld_article(HEADLINE, "Javier Almansa", "2024-07-05T07:30:00+02:00", "La Voz de Almarena", section="Comarca", lang="es")}
<script>{js_blob(4142, 140, "vozalm")}</script>
</head>
<body>
{cookies}
<header class="c_h"><div class="c_h_top"><span class="fecha">Viernes, 5 de julio de 2024</span> <a href="/suscripcion">Suscríbete</a> <a href="/login">Iniciar sesión</a></div>
<a class="logo" href="/">La Voz de Almarena</a>
<nav class="c_h_nav"><ul>{link_items(["Almarena", "Comarca", "Provincia", "España", "Internacional", "Economía", "Deportes", "Cultura", "Sucesos", "Opinión", "Agenda", "Esquelas"], prefix="/")}</ul></nav></header>
<div class="ticker"><strong>Última hora</strong> <a href="/sucesos/incendio-autovia">Controlado el incendio junto a la autovía</a></div>
<div class="publi publi-top"><span class="publi-label">Publicidad</span></div>
<main>
<article class="a_e">
<header class="a_e_h"><p class="a_kicker"><a href="/comarca/">Comarca</a></p>
<h1 class="a_t">{esc(HEADLINE)}</h1>
<h2 class="a_st">{esc(SUB)}</h2>
<div class="a_md"><a class="a_aut" href="/autor/javier-almansa/">Javier Almansa</a> <span class="a_loc">Torrealba de la Sierra</span> <time datetime="2024-07-05T07:30:00+02:00">05 jul 2024 - 07:30 CEST</time></div>
<div class="a_sh"><a href="#">Compartir en Facebook</a><a href="#">Compartir en X</a><a href="#">Compartir en WhatsApp</a><a href="#">Copiar enlace</a><a href="#comentarios">Comentarios (23)</a></div></header>
<figure class="a_m"><img src="/img/2024/07/embalse-quejigos.jpg" alt=""><figcaption><span>Estado del embalse de Los Quejigos a finales de junio.</span> <span class="a_m_a">Lucía Serrano</span></figcaption></figure>
<div class="a_c" data-dtm-region="articulo_cuerpo">
{body_html}
</div>
<footer class="a_ft"><div class="a_tags"><span>Archivado En</span><ul>{link_items(["Sequía", "Agua", "Torrealba de la Sierra", "Embalses", "Ayuntamientos"], prefix="/noticias/")}</ul></div>
<div class="a_prv"><p>Si quieres apoyar el periodismo local, <a href="/suscripcion">suscríbete</a>.</p></div></footer>
<section id="comentarios" class="a_com"><h3>Comentarios (23)</h3><p>Para comentar debes estar registrado. <a href="/normas">Normas de participación</a></p><a href="/login">Iniciar sesión</a></section>
</article>
<aside class="mv"><h3>Lo más visto</h3><ol>{link_items(masvisto, prefix="/comarca/2024-07-04/")}</ol>
<div class="publi"><span class="publi-label">Publicidad</span></div></aside>
</main>
<footer class="ft"><a class="logo" href="/">La Voz de Almarena</a>
<ul>{link_items(["Almarena", "Comarca", "Provincia", "Deportes", "Cultura", "Sucesos", "Opinión", "Hemeroteca", "Newsletters", "Podcasts"], prefix="/")}</ul>
<ul>{link_items(["Quiénes somos", "Contacto", "Publicidad", "Aviso legal", "Política de privacidad", "Política de cookies", "Configuración de privacidad", "Trabaja con nosotros"], prefix="/info/")}</ul>
<p>&copy; Editorial Almarena S.L. Todos los derechos reservados. Queda prohibida la reproducción total o parcial de los contenidos sin autorización expresa.</p></footer>
<script>{js_blob(4143, 50, "cmp")}</script>
</body></html>"""

save(PID, page, gold)
