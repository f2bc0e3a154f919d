"""Policies and their issuers: the body that issued one, the zone that carries it out, one plan
named in several forms."""

from __future__ import annotations

import re

from zonegraph.documents.model import Sentence
from zonegraph.entities.registry import Entity, Registry
from zonegraph.mentions import Mention
from zonegraph.mentions.policies import SHORT_TITLE
from zonegraph.mentions.zones import find_zones
from zonegraph.relations.facts import Fact
from zonegraph.reference import place_at, zone_prefix
from zonegraph.relations.zone_names import zone_ending


# an issuing notice opening a document (关于印发《…》的通知), and its signature: the body's name alone on a
# line, then the date (上海市普陀区人民政府办公室 / 2025年3月25日)
_NOTICE = re.compile(r"关于(?:印发|转发|发布)《([^《》]{4,80})》的通知")
_SIGNATURE = re.compile(r"[\u4e00-\u9fff（）()]{2,30}?(?:人民政府办公室|人民政府办公厅|人民政府|管理委员会|管委会|办公室|办公厅"
                        r"|委员会|党工委|科技局|科学技术局|发展和改革委员会)")
_DATE_LINE = re.compile(r"(?:\d{4}|二[〇○零][一二三四五六七八九〇○零]{2})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日")


def signed_notice(sentences: list[Sentence], facts: list[Fact], registry: Registry, document: str) -> list[Fact]:
    """A document that is a notice issuing a policy (关于印发《张江高新区普陀园…行动方案》的通知) names its
    issuer in its signature, not in its title: the signing body issued the policy, whoever the title
    names (a zone-titled plan's issuer is otherwise taken to be the zone)."""
    notice = next((found for s in sentences[:3] if (found := _NOTICE.search(s.text))), None)
    if notice is None:
        return facts
    after = [s for s in sentences if s.index > 0][:10]
    signed = next((s for s, following in zip(after, after[1:])
                   if _SIGNATURE.fullmatch(s.text.strip()) and _DATE_LINE.fullmatch(following.text.strip())), None)
    policy = registry.get(("Policy", notice.group(1)))
    if signed is None or policy is None:
        return facts
    signer = issuing_body(signed.text.strip(), registry, document)
    kept = [f for f in facts if not (f.subject == policy.key and f.predicate == "issuedBy" and f.rule == "policy-zone-issuer")]
    return kept + [Fact(policy.key, "issuedBy", signer.key, document, signed, "policy-signature", 0.85)]


def titled_after(title: str, zone: Entity, registry: Registry, document: str) -> bool:
    """Whether a policy's title opens with the zone's name: 《唐山国家高新区机器人产业发展规划》 is the
    zone's own plan, whatever verb the sentence carries it with (评审通过了…)."""
    opening = next((m for m in find_zones(title) if m.start == 0), None)
    resolved = registry.resolve(opening, document) if opening else None
    return resolved is not None and resolved.key == zone.key


def names_only(title: str, zone: Entity) -> bool:
    """Whether a policy's title names the zone and no other (read from the zone table, no entity made)."""
    named = {m.extra["zone"].name if m.extra.get("zone") else m.surface for m in find_zones(title)}
    return named == {zone.name}


def zone_in_title(title: str, registry: Registry, document: str) -> Entity | None:
    """The one zone a policy's title names, if it names exactly one."""
    named = {z.name for z in (registry.resolve(m, document) for m in find_zones(title)) if z is not None}
    return registry.get(("Zone", named.pop())) if len(named) == 1 else None


_ADMINISTRATION = re.compile(r"(?:党工委)?(?:管委会|管理委员会)$|(?<=高新区|开发区)党工委$")


def issuing_body(name: str, registry: Registry, document: str, zone: Entity | None = None) -> Entity:
    """The body that issued a policy: a zone's administration (昆明高新区管委会) is the zone itself,
    as where the text names the zone as the issuer, and so is the bare zone's (高新区管委会) on a page
    of one zone; any other body an Organization."""
    administration = _ADMINISTRATION.search(name)
    zones = find_zones(name[: administration.start()]) if administration else []
    if len(zones) == 1 and zones[0].end == administration.start():
        resolved = registry.resolve(zones[0], document)
        if resolved is not None:
            return resolved
    if administration and zone is not None and name[: administration.start()] in ("高新区", "开发区", "园区"):
        return zone  # 高新区管委会出台了《…》, on the zone's own page
    if _PARTY_COMMITTEE.fullmatch(name):  # 中共珠海市委员会, written 珠海市委
        return registry.ensure("Organization", name, name[2:-3] + "委", document)
    return registry.ensure("Organization", name, None, document)


_PARTY_COMMITTEE = re.compile(r"中共[\u4e00-\u9fff]{2,6}?[省市]委员会")


# a title published: 杭州高新区（滨江）发布《…》, 当地新发布的《…》
_PUBLISHES = re.compile(r"(?:近日|日前|正式|新|同步|密集|相继|先后|陆续|集中|连续|再次)?(?:发布|颁布|提出)(?:了|的)?(?:一份|一批|一系列)?$")


# a title joined to the one before it, with that one's short name declared between them
# (or a policy's quoted short name right before another's: 发布了“科创九条”“复工复产十条”等…政策)
_JOINED_TITLE = re.compile(r"(?:《[^《》]{2,80}》(?:[（(](?:以下)?简称[^（）()]{1,20}[）)])?(?:和|、|及|以及|与)|“[^“”]{2,20}”(?:和|、|及|与)?)$")


def published_by(zone: Entity, text: str, start: int, registry: Registry, document: str) -> bool:
    """Whether the zone (or 当地, the place the page is about) publishes the title at ``start``; what
    another body publishes (科技部火炬中心发布《关于通报…的通知》) the zone need not carry out."""
    while (joined := _JOINED_TITLE.search(text, max(0, start - 120), start)) is not None:
        start = joined.start()  # 发布的《A》（以下简称《行动方案》）和《B》: B is published too
    verb = _PUBLISHES.search(text, max(0, start - 8), start)
    if verb is None:
        return False
    before = _ADVERBS_AT_END.sub("", text[max(0, verb.start() - 20) : verb.start()])  # 合肥高新区率先发布《…》
    if (not before or before[-1] in "：:，,；") and not _ANOTHER_BODY.search(text, 0, verb.start()):
        return True  # 一项项政策发布，…：发布“高光20条”支持政策: the sentence's zone, no other body named
    before = _ZONES_BODY_AT_END.sub("", before)  # 长春高新区管委会发布了…: the zone's own administration
    return before.endswith("当地") or zone_ending(before, registry, document) is zone


_ZONES_BODY_AT_END = re.compile(r"(?:党工委[、和]?)?(?:管委会|管理委员会)$")
_ANOTHER_BODY = re.compile(r"国务院|中央|部|委|厅|局|政府|省|市")


# (and a date: 合肥高新区主动作为，于2018年3月发布《…》; how soon: 西安高新区紧急发布《…十条举措》)
_ADVERBS_AT_END = re.compile(r"(?:率先|正式|近日|日前|近期|先后|相继|陆续|再次|首次|紧急|迅速|及时|专门|第一时间|还|也|又|已|在全国|于|\d{4}年|\d{1,2}月|\d{1,2}日)+$")


_PLAN_YEAR = re.compile(r"二[〇0○零]?三五年")
_PLAN_SUFFIX = re.compile(r"(?:纲要)?(?:草案)?$")


def _plan_key(name: str) -> str:
    """A five-year plan's title as the same plan is written in other ways on one page (2035 or
    二〇三五, 二0三五; with or without 纲要): its name, where it is not one."""
    if "国民经济和社会发展" not in name:
        return name
    return _PLAN_SUFFIX.sub("", _PLAN_YEAR.sub("2035年", name))


def resolve_policy(mention: Mention, registry: Registry, document: str, seen: list[Entity],
                   drawn_up_by: Entity | None = None) -> Entity | None:
    """A policy entity; 《意见》-style short titles refer back to the last full title they end. A title that names
    no place nor body, drawn up by a zone (``drawn_up_by``: 长春净月高新区…组织编制《绿色发展五年行动方案》) after
    another zone drew up its own of that title (燕郊高新区编制了《绿色发展五年行动方案》), is a second document:
    its name says whose (绿色发展五年行动方案（长春净月高新区）)."""
    short = mention.surface.strip("《》")
    if mention.extra.get("short"):
        for earlier in reversed(seen):
            if earlier.name.endswith(short) and SHORT_TITLE.match(short):
                earlier.forms.add(short)
                return earlier
        return None
    for earlier in reversed(seen):  # （以下简称《投资计划》）, and 《投资计划》 after it: the policy named before
        short_for = mention.extra.get("short_for")
        if (short_for is not None and (earlier.name == short_for or short_for in earlier.forms)) or (
                short in earlier.forms and short != earlier.name):
            earlier.forms.add(short)
            return earlier
    key = _plan_key(mention.name)
    for earlier in reversed(seen):  # …和2035年远景目标纲要 and …和二〇三五年远景目标纲要: one plan, written two ways
        if key != mention.name and _plan_key(earlier.name) == key:
            earlier.forms.add(mention.surface.strip("《》"))
            return earlier
    drawn_up_by = drawn_up_by if drawn_up_by is not None and _names_no_one(mention.name) else None
    if drawn_up_by is not None and registry.policy_writer(mention.name) not in (None, drawn_up_by.name):
        policy = registry.ensure("Policy", f"{mention.name}（{zone_prefix(drawn_up_by.name)}高新区）", short, document)
    else:
        policy = registry.resolve(mention, document)
    if policy is not None:
        if drawn_up_by is not None:
            registry.note_policy_writer(policy.name, drawn_up_by.name)
        seen.append(policy)
    return policy


def _names_no_one(title: str) -> bool:
    """Whether a policy's title names no zone, place or body of its own (绿色发展五年行动方案, not
    《三河市惠企政策汇编》 nor 《国务院关于…的意见》): a title any zone may give a document of its own."""
    return (not find_zones(title) and place_at(title, 0) is None and not title.startswith(_BODIES)
            and not _ISSUER_IN_TITLE.search(title))


# the bodies a title may open with or name as its issuer (国务院关于…, 科技部关于…, 省政府办公厅关于…)
_BODIES = ("国务院", "中共中央", "国家", "中央", "全国", "科技部", "工信部", "财政部", "发改委", "商务部", "省", "市")
_ISSUER_IN_TITLE = re.compile(r"^.{2,20}?关于")
