"""Hard cases met in the corpus and fixed, each pinned by the real sentence it came from."""

from __future__ import annotations

from zonegraph.documents.reading import read_document
from zonegraph.entities import Registry
from zonegraph.entities.registry import canonical_organization, enterprise_parent
from zonegraph.mentions import find_mentions
from zonegraph.relations import extract_document


def facts_of(tmp_path, text: str) -> set[tuple[str, str, str]]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return {(f.subject[1], f.predicate, f.object[1]) for f in extract_document(read_document(path), Registry())}


def registry_of(tmp_path, text: str) -> Registry:
    """The registry after extracting ``text`` as one document: the entities it resolved."""
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    registry = Registry()
    extract_document(read_document(path), registry)
    return registry


def kinds(text: str, kind: str) -> list[str]:
    return [m.surface for m in find_mentions(text) if m.kind == kind]


def test_a_speakers_university_is_not_a_partner(tmp_path):
    facts = facts_of(tmp_path, "潍坊高新区举办研讨会。会议邀请了哈尔滨工业大学副校长沈毅，中国科学院大学公共政策与管理学院院长穆荣平等专家作了专业解读。")
    assert not any(p == "partnersWith" for s, p, o in facts)


def test_a_science_city_is_not_its_zone():
    assert kinds("如上海张江科学城、北京怀柔科学城、广州科学城等", "Zone") == []


def test_a_city_government_policy_is_not_issued_by_the_zone(tmp_path):
    facts = facts_of(tmp_path, "燕郊高新区积极宣传落实各项扶持政策，包括《三河市鼓励科技创新奖励办法》等；制定出台了《瞪羚企业认定管理办法》。")
    assert ("燕郊高新技术产业开发区", "implementsPolicy", "三河市鼓励科技创新奖励办法") in facts
    assert ("三河市鼓励科技创新奖励办法", "issuedBy", "燕郊高新技术产业开发区") not in facts
    assert ("瞪羚企业认定管理办法", "issuedBy", "燕郊高新技术产业开发区") in facts
    # what the zone itself compiled is the zone's, whatever place its title names
    facts = facts_of(tmp_path, "燕郊高新区不断完善政策体系，编制了《三河市惠企政策汇编》《燕郊高新区惠企政策一览表》。")
    assert ("三河市惠企政策汇编", "issuedBy", "燕郊高新技术产业开发区") in facts


def test_a_zone_plan_without_title_marks(tmp_path):
    facts = facts_of(tmp_path, "根据无锡高新区“十四五”规划，将打造千亿级产业集群。")
    assert ("无锡高新技术产业开发区", "implementsPolicy", "无锡高新区“十四五”规划") in facts


def test_clusters_counted_with_chinese_numerals(tmp_path):
    facts = facts_of(tmp_path, "源城高新区壮大主导产业，目前已基本形成电子信息、精密制造、食品饮料等三大主导产业集群。")
    clusters = {o for s, p, o in facts if p == "hasCluster"}
    assert clusters == {"源城高新区电子信息产业集群", "源城高新区精密制造产业集群", "源城高新区食品饮料产业集群"}


def test_guo_jia_is_not_cut_at_jia():
    assert kinds("潍柴动力牵头建设全国唯一的国家燃料电池技术研究中心", "ResearchInstitute") == ["国家燃料电池技术研究中心"]


def test_counted_categories_are_not_enterprises():
    assert kinds("已培育1家独角兽企业、1家创业板上市公司、6家省创新龙头企业", "Enterprise") == []
    assert kinds("形成了原料生产、设备配套和设计研发的产业链条", "Enterprise") == []


def test_verb_phrases_with_brand_endings_are_not_enterprises():
    assert kinds("帮助企业提高环保管理水平，投入600万元科技资金", "Enterprise") == []
    assert kinds("争取3-5年内推动林立新能源、美格、正茂挂牌上市", "Enterprise") == ["林立新能源", "美格", "正茂"]


def test_a_parent_chain_through_a_college(tmp_path):
    facts = facts_of(tmp_path, "榆林高新区推进中科院大学能源学院榆林分院等平台的建设。")
    parents = {(s, o) for s, p, o in facts if p == "subOrganizationOf"}
    assert ("中国科学院大学", "中国科学院") in parents


def test_a_lead_paragraph_before_its_zone_is_named_belongs_to_that_zone(tmp_path):
    text = (
        "宜春丰城高新区加快绿色发展，打造千亿产业园区。\n"
        "亚洲第一条板件全程不落地生产线、索菲亚第一个工业4.0车间在索菲亚黄冈基地持续发力；兴和电力成果填补国内空白……\n"
        "一年多来，黄冈高新区锚定目标，做大做强工业实体经济。\n"
    )
    facts = facts_of(tmp_path, text)
    hosts = {(s, o) for s, p, o in facts if p == "hostsEnterprise"}
    assert all(s == "黄冈高新技术产业开发区" for s, o in hosts) and hosts


def test_list_items_keep_single_character_words_inside_names():
    assert kinds("培育了金博碳素、湘投金天、惠同新材、艾迪奥等一批行业单项冠军。", "Enterprise") == ["金博碳素", "湘投金天", "惠同新材", "艾迪奥"]


def test_designations_and_bodies_named_after_a_sector_are_not_the_zones_sector(tmp_path):
    facts = facts_of(tmp_path, "燕郊高新区推动高质量发展，获批河北省工信厅的“河北省安全应急产业基地”，聚焦发展电子信息产业。")
    industries = {o for s, p, o in facts if p == "hasIndustry"}
    assert "电子信息" in industries and "安全应急" not in industries


# -- the zone plan (004): tables, everyday words before brand endings, branches and campuses ----

PLAN_TITLE = "江阴高新区国民经济和社会发展第十四个五年规划纲要\n\n"


def test_table_rows_keep_their_cells_apart_and_belong_to_the_plans_zone(tmp_path):
    text = PLAN_TITLE + (
        "江阴高新区坚持创新驱动。\n\n专栏4-2 “十四五”高新区拟培育上市企业\t\t\n序号\t企业名称\t上市板块\n"
        "8\t江苏佰澳达生物科技有限公司\t创业板\n9\t阳光卫生医疗科技江阴有限公司\t创业板\n"
    )
    facts = facts_of(tmp_path, text)
    hosted = {o for s, p, o in facts if p == "hostsEnterprise"}
    assert {"江苏佰澳达生物科技有限公司", "阳光卫生医疗科技江阴有限公司"} <= hosted
    assert not any("创业板" in name for name in hosted)


def test_everyday_words_before_a_brand_ending_are_not_a_brand():
    text = "加快发展远程医疗、质子医疗等新业态，推进无线网络、移动通信建设，发展医疗机器人、特种机器人。"
    assert kinds(text, "Enterprise") == []
    assert kinds("评选出小牛科技、谊安奥美、振创电子等13家瞪羚企业", "Enterprise") == ["小牛科技", "谊安奥美", "振创电子"]


def test_entrepreneurs_qualities_and_talents_are_not_enterprises():
    assert kinds("培养一批具有全球眼光、开拓精神和创新能力的青年企业家", "Enterprise") == []
    assert kinds("大力引进诺奖得主、两院院士、国家重大人才工程入选者等高端人才", "Enterprise") == []


def test_a_university_campus_is_an_institute_under_its_university(tmp_path):
    facts = facts_of(tmp_path, PLAN_TITLE + "江阴高新区以江南大学江阴校区落地为契机，共同引进国家大科学中心。")
    assert ("江阴高新技术产业开发区", "partnersWith", "江南大学江阴校区") in facts
    assert ("江南大学江阴校区", "subOrganizationOf", "江南大学") in facts


def test_a_place_qualifier_inside_a_legal_name(tmp_path):
    facts = facts_of(tmp_path, PLAN_TITLE + "江阴高新区推进中粮（江阴）粮油仓储有限公司扩能二期项目。")
    assert ("中粮（江阴）粮油仓储有限公司", "subOrganizationOf", "中粮集团有限公司") in facts  # data/enterprise_groups.csv
    facts = facts_of(tmp_path, PLAN_TITLE + "江阴高新区支持盛合晶微半导体（江阴）有限公司上市。")
    assert not any(p == "subOrganizationOf" for s, p, o in facts)


def test_a_kind_of_lab_is_not_a_named_lab():
    assert kinds("推动龙头企业与高等学校共建现代产业学院，建设人工智能实验室", "ResearchInstitute") == []
    assert kinds("功率半导体国家制造业创新中心落户株洲", "ResearchInstitute") == ["功率半导体国家制造业创新中心"]


def test_a_cluster_known_by_its_nickname(tmp_path):
    facts = facts_of(tmp_path, "合肥高新区聚焦“中国声谷”，推动“中国安全谷”申创；打造“中国碳谷”。")
    assert ("合肥高新技术产业开发区", "hasCluster", "合肥高新区人工智能产业集群") in facts
    assert ("合肥高新区人工智能产业集群", "clusterIndustry", "人工智能") in facts
    # the nickname alone does not make its sector the zone's: held-out annotators never listed it (0 of 5 such
    # facts in rounds 12-85; 2 of 3 in the corpus)
    assert ("合肥高新技术产业开发区", "hasIndustry", "人工智能") not in facts
    clusters = {o for s, p, o in facts if p == "hasCluster"}
    assert len(clusters) == 2  # 碳谷 is not in data/cluster_nicknames.csv: a slogan, not a known cluster


def test_a_project_tables_investors_are_the_zones_enterprises(tmp_path):
    from zonegraph.pipeline import extract

    text = PLAN_TITLE + (
        "江阴高新区坚持创新驱动。\n\n序号\t项目名称\t建设内容\t类别\t投资主体\t总投资\t用地面积\t开工时间\t竣工时间\n"
        "22\t东久（江阴）国际智造产业园\t建设高标准工业厂房，引进高层次外资项目\t新建\t美国华平&东久（中国）\t32000万美元\t429亩\t2021.10\t2023.12\n"
        "37\t以色列银牛3D芯片项目\t3D计算机视觉和图像处理芯片设计\t新建\t以色列银牛\t10000万美元\t—\t2020.12\t2022.12\n"
        "40\t蓝憬海洋风能测控项目\t海洋风能测控系统\t新建\t江苏蓝憬科技有限公司(筹)\t10000万元\t3亩\t2021.3\t2021.6\n"
    )
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    facts, _ = extract([read_document(path)], Registry())
    found = {(f.subject[1], f.predicate, f.object[1]) for f in facts}
    zone = "江阴高新技术产业开发区"
    for investor in ("美国华平", "东久（中国）", "以色列银牛", "江苏蓝憬科技有限公司"):
        assert (zone, "hostsEnterprise", investor) in found
    assert ("东久（中国）", "subOrganizationOf", "东久") in found
    assert not any("&" in o or "筹" in o for _, _, o in found)
    by_rule = {f.object[1]: f for f in facts if f.rule == "project-investor"}
    assert by_rule["以色列银牛"].sentence.text.startswith("37 以色列银牛3D芯片项目")  # the row is the quote


def test_a_one_character_word_inside_a_table_cell_is_part_of_the_name():
    assert kinds("8 江苏佰澳达生物科技有限公司 创业板 11 江苏德和生物科技有限公司 创业板", "Enterprise") == [
        "江苏佰澳达生物科技有限公司", "江苏德和生物科技有限公司"]
    assert kinds("新建 北京同安电子股份有限公司 50000万元", "Enterprise") == ["北京同安电子股份有限公司"]
    assert kinds("高新区与江苏德和生物科技有限公司签约", "Enterprise") == ["江苏德和生物科技有限公司"]


def _objects(tmp_path, text: str, predicate: str) -> set[str]:
    return {o for s, p, o in facts_of(tmp_path, text) if p == predicate}


def _industries(tmp_path, text: str) -> set[str]:
    return _objects(tmp_path, text, "hasIndustry")


def _hosted(tmp_path, text: str) -> set[str]:
    return _objects(tmp_path, text, "hostsEnterprise")


def test_markets_technologies_and_business_models_are_not_the_zones_sectors(tmp_path):
    markets = _industries(tmp_path, PLAN_TITLE + "特钢新材料。江阴高新区以中信特钢等龙头企业为引领，瞄准汽车、轨道交通、"
                          "工程机械、航空航天、海洋船舶、军工等领域，调整特钢产品结构，创新升级特钢制造工艺。")
    assert not markets & {"汽车", "航空航天", "工程机械", "军工"}
    downstream = _industries(tmp_path, PLAN_TITLE + "江阴高新区加快培育下游航空航天、汽车及零部件等特色板块生产制造。")
    assert "航空航天" not in downstream
    technologies = _industries(tmp_path, "烟台高新区推动生物医药等战略性新兴产业发展，加快发展5G、工业互联网、大数据、区块链等新技术的创新应用。")
    assert "生物医药" in technologies and not technologies & {"5G", "工业互联网", "大数据"}
    models = _industries(tmp_path, PLAN_TITLE + "江阴高新区培育共享经济、平台经济等新模式新业态，探索开展科技金融、绿色金融、供应链金融等特色金融服务。")
    assert not models & {"共享经济", "平台经济", "科技金融", "绿色金融", "供应链金融"}
    # the same words presented as the zone's sectors stay sectors
    listed = _industries(tmp_path, "烟台高新区以5G、人工智能、工业互联网、集成电路等产业为方向，面向集成电路等领域建设服务平台。")
    assert {"5G", "工业互联网", "集成电路"} <= listed


def test_events_and_bodies_named_after_a_sector_are_not_the_zones_sector(tmp_path):
    event = _industries(tmp_path, "锦州高新区举办辽宁（锦州）生物医药产业创新升级专题对接会，聚焦新材料产业。")
    assert "生物医药" not in event and "新材料" in event
    body = _industries(tmp_path, "源城高新区与华为公司打造“智慧园区”，组建“5G+工业互联网”产业联合体，聚焦电子信息产业。")
    assert not body & {"5G", "工业互联网"} and "电子信息" in body
    base = _industries(tmp_path, "新乡高新区以河南电池研究院为依托，建设河南省新能源电池中试基地，发展生物医药产业。")
    assert "新能源电池" not in base and "生物医药" in base


def test_an_institute_named_like_a_kind_of_body_is_a_particular_one_in_named_company():
    listed = "加快江阴集成电路设计创新中心、江阴智能制造创新研究院、生命健康产业技术研究院等创新平台建设"
    assert "生命健康产业技术研究院" in kinds(listed, "ResearchInstitute")
    founded = "联合复旦、上海交大等专业院校共建碳中和研究院，开展碳中和政策研究"
    assert "碳中和研究院" in kinds(founded, "ResearchInstitute")
    # no named partner, no named peer: a kind of body; named partners but nothing of its own in the
    # name (产业技术 are generic words): a kind of body too
    assert kinds("推动龙头企业与高等学校共建共管现代产业学院，培养高端人才", "ResearchInstitute") == []
    generic = "新乡高新区与中科院计算技术研究所、西安交通大学等高等院校合作，共建产业技术研究院"
    assert "产业技术研究院" not in kinds(generic, "ResearchInstitute")


def test_a_campus_after_a_universitys_short_name(tmp_path):
    facts = facts_of(tmp_path, "合肥高新区加快建设中国科大高新校区，提升创新能力。")
    assert ("合肥高新技术产业开发区", "partnersWith", "中国科学技术大学高新校区") in facts
    assert ("中国科学技术大学高新校区", "subOrganizationOf", "中国科学技术大学") in facts


def test_short_names_before_gong_si_and_in_lists_of_service_firms():
    assert kinds("与华为公司打造“智慧园区”", "Enterprise") == ["华为"]
    assert kinds("以黄开投公司为母体，设立招商服务公司", "Enterprise") == ["黄开投"]
    assert kinds("设立国资公司和担保公司，吸引江苏省跨国公司地区总部", "Enterprise") == []
    assert kinds("引导制造业企业与爱波瑞、新智机器人等智能制造服务商对接", "Enterprise") == ["爱波瑞", "新智机器人"]
    # 新 begins brand names (新潮科技); it is not a word that makes a name generic
    assert kinds("发挥中信特钢、新潮科技、法尔胜等龙头企业总部楼宇影响力", "Enterprise") == ["中信特钢", "新潮科技", "法尔胜"]
    assert kinds("培育新科技企业", "Enterprise") == []


def test_a_groups_units_belong_to_it_and_a_province_qualifier_alone_makes_no_group(tmp_path):
    facts = facts_of(tmp_path, PLAN_TITLE + "江阴高新区发挥中信特钢、长电先进、斯菲尔电气等龙头企业的示范作用。")
    assert ("中信泰富特钢集团股份有限公司", "subOrganizationOf", "中国中信集团有限公司") in facts
    assert ("江阴长电先进封装有限公司", "subOrganizationOf", "江苏长电科技股份有限公司") in facts
    # the group itself, by its short name, is no unit of itself
    facts = facts_of(tmp_path, PLAN_TITLE + "江阴高新区依托长电科技、法尔胜等龙头企业，华为公司落户高新区。")
    assert not any(p == "subOrganizationOf" for s, p, o in facts)
    assert ("江阴高新技术产业开发区", "hostsEnterprise", "华为技术有限公司") in facts
    facts = facts_of(tmp_path, "无锡高新区的迪哲医药、微导纳米2家企业首次入选江苏省独角兽企业名单。")
    assert not any(p == "subOrganizationOf" for s, p, o in facts)  # 迪哲（江苏）医药: no group 迪哲


def test_a_company_of_a_group_written_with_de(tmp_path):
    facts = facts_of(tmp_path, "常熟高新区与国家能源集团的国华能源投资有限公司合作设立中欧氢能创新研究中心。")
    assert ("国华能源投资有限公司", "subOrganizationOf", "国家能源投资集团有限责任公司") in facts  # 国家能源集团
    facts = facts_of(tmp_path, "常熟高新区引进歌尔集团、国华能源投资有限公司等企业。")
    assert not any(p == "subOrganizationOf" for s, p, o in facts)


def test_a_groups_unit_named_in_running_text(tmp_path):
    text = "常熟高新区已成功引进丰田研发、重塑科技、捷氢科技、治臻新能源等一批氢燃料电池相关核心项目。"
    assert kinds(text, "Enterprise")[:2] == ["丰田研发", "重塑科技"]
    assert ("丰田研发", "subOrganizationOf", "丰田汽车公司") in facts_of(tmp_path, text)
    assert "中粮贸易" in kinds("涉及水源地达标建设的振华港机、中粮贸易码头、肖山码头拆除到位", "Enterprise")  # its wharf
    assert kinds("华润、中信等央企加快布局", "Enterprise") == ["华润", "中信"]
    assert kinds("与华为公司合作", "Enterprise") == ["华为"]


def test_a_table_cells_half_width_brackets_name_the_texts_company(tmp_path):
    from zonegraph.pipeline import extract

    text = PLAN_TITLE + (
        "江阴高新区推进中粮（江阴）粮油仓储有限公司扩能。\n\n序号\t项目名称\t建设内容\t类别\t投资主体\t总投资\n"
        "49\t江阴中粮粮食物流仓储扩能二期\t仓储\t续建\t中粮(江阴)粮油仓储有限公司\t30000万元\n"
    )
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    registry = Registry()
    extract([read_document(path)], registry)
    names = {name for kind, name in registry.entities if kind == "Enterprise"}
    assert "中粮（江阴）粮油仓储有限公司" in names and "中粮(江阴)粮油仓储有限公司" not in names


def test_what_a_city_is_to_become_is_not_an_institute():
    assert kinds("打造更多的科技创新增长极，为建设北京国际科技创新中心贡献力量", "ResearchInstitute") == []
    assert kinds("加快建设合肥综合性国家科学中心核心区", "ResearchInstitute") == []
    assert kinds("共建苏州纳米科技创新中心", "ResearchInstitute") == ["苏州纳米科技创新中心"]


def test_a_company_the_zone_works_with_is_not_one_it_hosts(tmp_path):
    hosted = lambda text: {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert "华为技术有限公司" not in hosted("源城高新区依托阿里巴巴广东云数据中心建设大数据产业园，与华为公司打造“智慧园区”。")
    assert not hosted("常熟高新区与国家能源集团的国华能源投资有限公司合作设立中欧氢能创新研究中心。")
    assert hosted("常熟高新区与国华能源投资有限公司签约，项目落户高新区。") == {"国华能源投资有限公司"}


def test_outlets_sites_and_small_firms_in_general_are_not_companies():
    assert kinds("引进一批国内外知名品牌、连锁店和连锁企业", "Enterprise") == []
    assert kinds("即膜渣综合利用点、废包装容器综合利用点、酸洗污泥协同处置点和中小企业危险废物集中收集贮存中心", "Enterprise") == []


def test_a_zones_own_report_names_itself_once_in_its_byline(tmp_path):
    # the shape of a zone bureau's report: 市高新区 in the title, the zone named once, in the byline
    text = ("“十三五”期间市高新区制造业转型升级情况报告\n来源:连云港市高新区科经局 日期: 2021-07-27\n一、发展情况\n"
            "初步构建了以装备制造、生物医药、电子信息等三大产业为主导的特色产业集群。天明机械荣膺中国制造业“单项冠军”示范企业。\n")
    facts = facts_of(tmp_path, text)
    zone = "连云港高新技术产业开发区"  # 连云港市高新区: the city written in full
    assert {(zone, "hasIndustry", "装备制造"), (zone, "hostsEnterprise", "天明机械")} <= facts


def test_a_groups_numbered_institute(tmp_path):
    assert kinds("中船七一六所在智能制造、智能交通等领域形成行业优势", "ResearchInstitute") == ["中船七一六所"]
    facts = facts_of(tmp_path, "合肥高新区与中国电科38所共建联合实验室。")
    assert ("中国电科38所", "subOrganizationOf", "中国电子科技集团有限公司") in facts


def test_segments_listed_under_a_narrower_sector_are_not_the_zones_sectors(tmp_path):
    segments = _industries(tmp_path, PLAN_TITLE + "江阴高新区聚力发展高端医疗器械、精准医疗等特色领域，布局发展质子医疗、"
                           "细胞治疗、基因检测、免疫治疗、体外诊断等精准医疗和检测。")
    assert "精准医疗" in segments and not segments & {"细胞治疗", "基因检测", "体外诊断"}
    broad = _industries(tmp_path, PLAN_TITLE + "江阴高新区积极发展新材料、新能源、智慧物流等高端制造业和现代服务业。")
    assert {"新材料", "新能源", "现代物流"} <= broad  # 智慧物流 is the taxonomy's 现代物流


def test_sectors_of_the_firms_a_zone_attracts_and_sectors_with_their_output(tmp_path):
    firms = _industries(tmp_path, "宜春丰城高新区着力优化经济结构，引进教育装备、智能家居、光伏发电等企业20余家，累计投资超150亿元。")
    assert {"教育装备", "智能家居", "光伏"} <= firms  # 光伏发电 is the taxonomy's 光伏
    output = _industries(tmp_path, "源城高新区集聚了一批龙头企业。2020年，机械制造业规模以上工业总产值达56亿元。")
    assert "机械制造" in output
    projects = _industries(tmp_path, PLAN_TITLE + "江阴高新区大力推进锂离子动力电池、储能用锂离子电池生产等重大项目建设。")
    assert "储能" not in projects


def test_the_byline_under_a_headline_keeps_the_headlines_zone(tmp_path):
    text = ("潍坊高新区实施“三联办”改革试点。\n\n南昌高新区：打造区域创新生态增长极\n\n►本报记者邓淑华\n\n"
            "产业集群持续壮大。航空制造业集聚了中国商飞的ARJ21、C919、CR929三大机型。\n")
    facts = facts_of(tmp_path, text)
    assert ("南昌高新技术产业开发区", "hostsEnterprise", "中国商用飞机有限责任公司") in facts  # 中国商飞
    assert not any(s == "潍坊高新技术产业开发区" and p == "hostsEnterprise" for s, p, o in facts)


def test_a_policy_known_by_its_number_of_articles(tmp_path):
    text = "源城高新区二是出台人才优先、创新驱动、港澳青年创新创业黄金“二十三条”等扶持政策，每年投入支持人才专项资金达1亿多元。"
    facts = facts_of(tmp_path, text)
    assert ("源城高新技术产业开发区", "implementsPolicy", "港澳青年创新创业黄金“二十三条”") in facts
    assert ("港澳青年创新创业黄金“二十三条”", "issuedBy", "源城高新技术产业开发区") in facts
    assert kinds("实施“两个一百”工程，落实“黄金十条”", "Policy") == ["“黄金十条”"]


def test_a_company_named_after_its_zone(tmp_path):
    text = "益阳高新区高投集团公司与方正和生投资有限责任公司合伙成立了益阳市第一只产业基金。"
    assert kinds(text, "Enterprise")[0] == "益阳高新区高投集团"
    assert kinds(text, "Zone") == ["益阳高新区"]  # still names the zone
    assert kinds("苏州高新区上市公司达到20家", "Enterprise") == []  # a kind of company
    facts = facts_of(tmp_path, "黄冈高新区探索招商引资代理制，以黄开投公司为母体，设立黄冈高新区招商服务公司。")
    assert ("黄冈高新技术产业开发区", "hostsEnterprise", "黄冈高新区招商服务公司") in facts
    assert ("黄冈高新区招商服务公司", "subOrganizationOf", "黄开投") in facts  # 以…为母体，设立…


def test_one_zone_named_twice_is_no_list_of_peers(tmp_path):
    text = ("在中关村示范区，中关村创业大街等创新创业服务机构、北京微芯区块链与边缘计算研究院等新型研发机构，"
            "智造未来、贝塔智能等创业企业以及新社会阶层人士代表，围绕二十大报告发表感想。")
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise" and s == "中关村科技园区"}
    assert {"智造未来", "贝塔智能"} <= hosted


def test_the_last_of_a_list_of_companies_before_its_verb():
    assert kinds("常熟高新区的治臻新能源、擎动科技瞄准燃料电池核心技术", "Enterprise") == ["治臻新能源", "擎动科技"]
    assert kinds("加快发展远程医疗、质子医疗瞄准新业态", "Enterprise") == []  # no company before it


def test_a_short_form_inside_a_longer_listed_name_is_not_the_university():
    assert kinds("参与北大培新、明信投资两只产业基金", "ResearchInstitute") == []  # a fund
    assert kinds("与北大、清华共建研究院", "ResearchInstitute")[:2] == ["北大", "清华"]


def test_a_name_the_sentence_says_is_a_company_and_one_opening_the_sentence():
    # everyday words before 电子, but the sentence says what it is
    assert kinds("大陆汽车电子是全国最大的轮速传感器供应商", "Enterprise") == ["大陆汽车电子"]
    assert kinds("新材料产业，联瑞新材料苏北首家科创板上市", "Enterprise") == ["联瑞新材料"]
    assert kinds("潍柴动力牵头建设国家燃料电池技术研究中心", "Enterprise") == ["潍柴动力"]  # at offset 0
    assert kinds("质子医疗是新业态，主攻现代家居是重点", "Enterprise") == []


def test_a_sector_in_a_list_of_other_things_is_not_the_zones_sector(tmp_path):
    policy_areas = _industries(tmp_path, "烟台高新区围绕科技金融、高端人才、科技企业培育等制定出台系列创新创业政策；聚焦生物医药产业。")
    assert "科技金融" not in policy_areas and "生物医药" in policy_areas
    # lists of sectors stay, also when each is introduced by its leading firm or named as a system
    represented = _industries(tmp_path, "黄冈高新区在以伊利乳业为代表的食品饮料、以稳健医疗为代表的医用纺织、以晨鸣为代表的纸浆三大主导产业基础上推进技术改造。")
    assert {"食品饮料", "医用纺织", "造纸"} <= represented  # 纸浆 is the taxonomy's 造纸
    growth = _industries(tmp_path, "2021年，无锡高新区物联网、集成电路、生物医药、大数据和云计算等战略性新兴产业分别同比增长15%、20%、15%、15%。")
    assert "大数据和云计算" in growth
    system = _industries(tmp_path, "沈阳高新区着力构建高质量的智能制造产业体系、技术创新体系、创新创业体系、产城融合体系。")
    assert "智能制造" in system


def test_a_city_opening_a_sentence_moves_the_page_to_its_zone(tmp_path):
    text = ("源城高新区依托阿里巴巴广东云数据中心加快建设大数据产业园。\n\n常熟高新区聚焦汽车及零部件产业。\n\n"
            "源城高新区推进技术改造。近年来，常熟市着力打造氢燃料电池产业。")
    facts = facts_of(tmp_path, text)
    assert ("常熟高新技术产业开发区", "hasIndustry", "燃料电池") in facts
    assert ("源城高新技术产业开发区", "hasIndustry", "燃料电池") not in facts


def test_a_country_opening_a_name_is_not_cut_as_a_preposition():
    names = kinds("加强中瑞、中美等海外孵化器及以色列海法创新中心建设", "ResearchInstitute")
    assert "以色列海法创新中心" in names and "色列海法创新中心" not in names
    # (以色列创新中心 alone, the plan's own words, is a country's centre, no body: session 69's reviewer)
    assert "色列创新中心" not in kinds("加强中瑞、中美等海外孵化器及以色列创新中心建设", "ResearchInstitute")


def test_clusters_named_after_a_count_and_kind_of_cluster():
    from zonegraph.mentions.clusters import find_clusters
    from zonegraph.mentions.industries import find_industries

    def clusters(text: str) -> list[str]:
        return [m.name for m in find_clusters(text, find_industries(text))]

    assert clusters("初步构建了以装备制造、生物医药、新材料、现代服务业等四大产业为主导的特色产业集群。") == [
        "装备制造产业集群", "生物医药产业集群", "新材料产业集群", "现代服务业产业集群"]  # 现代服务业 whole, as annotators name it
    assert clusters("苏州高新区高端装备制造、新一代信息技术三大产业创新集群招商中心揭牌。") == [
        "高端装备制造产业集群", "新一代信息技术产业集群"]
    assert clusters("涉及集成电路、绿色低碳等产业创新集群") == ["集成电路产业集群", "绿色低碳产业集群"]
    assert clusters("形成了电子信息、生物医药、新能源等高端产业集群，") == [  # 高端: the standing, no sector
        "电子信息产业集群", "生物医药产业集群", "新能源产业集群"]


def test_the_investors_of_a_list_of_signed_projects():
    text = ("现场签约的集成电路重点项目，包括长光华芯光电产业园、新磊半导体生产基地等；总部项目，包括中建国际全球采购中心、"
            "阿特斯全球供应链总部、云学堂总部、安领生物总部等；外资重大项目，包括德国爱尔铃克铃尔—彼欧氢燃料电池、"
            "艾成科技第三代芯片封装材料、长兴电子二期等项目。")
    assert {"长光华芯", "新磊半导体", "中建国际", "阿特斯", "云学堂", "安领生物", "爱尔铃克铃尔", "艾成科技",
            "长兴电子"} <= set(kinds(text, "Enterprise"))
    # a plan's lists of parks and platforms name no investors
    assert kinds("加快提升白屈港以西工业区、沿江新材料产业园、澄张路以南工业区、科技大道两侧产业园等工业区风貌。", "Enterprise") == []
    assert kinds("共建高能级科创平台集群、高水准人才引育基地、高标准科技服务中心", "Enterprise") == []


def test_sectors_the_taxonomy_does_not_know_in_a_list_headed_as_sectors(tmp_path):
    text = ("南京高新区大力发展高新技术产业，初步形成了软件及电子信息、生物科技、卫星导航应用等主导、特色产业集群。")
    facts = facts_of(tmp_path, text)
    # (生物科技 is the taxonomy's 生物产业 now, round 215: …还有很多企业分布在生物科技、环保节能等领域)
    assert {("南京高新技术产业开发区", "hasIndustry", "生物产业"),
            ("南京高新技术产业开发区", "hasIndustry", "卫星导航应用"),
            ("南京高新区卫星导航应用产业集群", "clusterIndustry", "卫星导航应用")} <= facts
    # a list headed as something else, or with no sector the taxonomy knows, names no new sector
    assert "高端人才" not in _industries(tmp_path, "烟台高新区围绕科技金融、高端人才、科技企业培育等制定出台系列政策。")
    assert not _industries(tmp_path, "江阴高新区推进白屈港、长山、山观等片区产业更新。")


def test_a_park_named_after_a_sector_is_not_the_zones_sector(tmp_path):
    parks = _industries(tmp_path, "连云港高新区建成省软件与信息服务产业园、省大数据产业园，聚焦生物医药产业。")
    assert parks == {"生物医药"}
    assert "光电" not in _industries(tmp_path, "苏州高新区签约项目包括长光华芯光电产业园、新磊半导体生产基地等。")


def test_a_single_name_on_a_companies_list_and_a_company_in_a_series_of_companies():
    awarded = "医药健康产业，新型肝病药物、抗肿瘤药物技术国内领先，正大天晴连续入选中国医药工业百强榜前20强。"
    assert kinds(awarded, "Enterprise") == ["正大天晴"]
    assert kinds("该项目入选省级重点项目名单，科技成果荣获国家科技进步一等奖", "Enterprise") == []
    series = ("此外，园区企业潍柴动力牵头建设全国唯一的国家燃料电池技术研究中心；歌尔集团进入山东省行业领军10强；"
              "盛瑞传动研发的国内首款自主商用车前置SAT下线；天瑞重工磁悬浮产品被列入国家《绿色技术推广目录》。")
    assert "天瑞重工" in kinds(series, "Enterprise")
    assert kinds("加快智能制造；推进绿色发展；提高环保水平", "Enterprise") == []


def test_a_centres_own_company_is_not_a_part_of_it(tmp_path):
    facts = facts_of(tmp_path, PLAN_TITLE + "江阴高新区引进无锡物联网创新中心有限公司、中科院微电子所江阴分所。")
    assert not any(s == "无锡物联网创新中心有限公司" and p == "subOrganizationOf" for s, p, o in facts)
    assert ("江阴高新技术产业开发区", "hostsEnterprise", "无锡物联网创新中心有限公司") in facts


def test_a_short_form_in_brackets_is_the_same_institute_not_part_of_its_name():
    text = "烟台高新区走访考察中国科学院苏州生物医学工程技术研究所（简称苏州医工所）、苏州泽璟生物制药股份有限公司等院所和企业"
    found = [(m.surface, m.name) for m in find_mentions(text) if m.kind == "ResearchInstitute"]
    assert ("苏州医工所", "中国科学院苏州生物医学工程技术研究所") in found
    assert all("简称" not in surface for surface, _ in found)


def test_companies_a_zone_visits_or_courts_are_not_hosted(tmp_path):
    courted = facts_of(tmp_path, "烟台高新区赴苏州走访考察苏州泽璟生物制药股份有限公司，对接洽谈南微医学、上海展越等一批目标重点招引企业。")
    assert not any(p == "hostsEnterprise" for s, p, o in courted)
    settled = facts_of(tmp_path, "烟台高新区对接洽谈多家企业，南微医学、上海展越等企业签约落户。")
    assert {o for s, p, o in settled if p == "hostsEnterprise"} == {"南微医学科技股份有限公司", "上海展越"}  # 南微医学: data/enterprise_brands.csv


def test_long_brand_names_in_a_list_of_companies():
    text = "涌现出东风旅行车、宇清电动汽车、超亿新能源汽车等一批明星企业，并陆续引入亿邦新能源汽车、博富能电池等一批企业。"
    assert {"超亿新能源汽车", "亿邦新能源汽车"} <= set(kinds(text, "Enterprise"))


def test_unknown_sectors_in_a_list_of_sectors_to_develop(tmp_path):
    developed = _industries(tmp_path, "贵阳高新区重点发展电子信息、新材料和端产品制造。")
    assert {"电子信息", "新材料", "端产品制造"} <= developed
    # qualities of a product are no sectors, though a known sector's name stands inside an item
    qualities = _industries(tmp_path, "江阴高新区大力发展高技术、高质量、高附加值特钢品种和替代进口特钢新产品。")
    assert not qualities & {"高技术", "高质量"}


def test_a_company_named_after_its_city_and_one_awarded_a_factory_title():
    signed = "贵阳高新区分别与交通运输部公路科学院、北京中传未来投资公司等5家单位和企业签订项目合作协议书"
    assert "北京中传未来投资" in kinds(signed, "Enterprise")
    assert "日出东方" in kinds("大陆汽车电子是全国最大的轮速传感器供应商，日出东方等获批国家级绿色工厂。", "Enterprise")
    assert kinds("该项目获批国家级示范项目，我区获批国家级绿色园区", "Enterprise") == []


def test_a_bare_zone_name_opening_a_listed_company_and_a_city_and_its_zone():
    listed = "引入了联想开天、神州数码、量子芯云、中关村创客小镇等12个上下游项目集中签约落地"
    assert kinds(listed, "Zone") == []
    assert {"神州数码", "量子芯云", "中关村创客小镇"} <= set(kinds(listed, "Enterprise"))
    assert kinds("它依托鞍山市和高新区内的数字产业资源", "Zone") == []  # the city and the zone, no 鞍山市和 zone
    assert kinds("在中关村示范区，中关村企业家代表发言", "Zone") == ["中关村示范区", "中关村"]


def test_investors_of_projects_with_their_investment_and_place():
    text = ("一批重特大项目签约落地，包括总投资50亿元的海尔无锡物联生态网基地项目、总投资30亿元的特康科技产业基地项目、"
            "总投资7000万元的美国赛仕物联网分析平台以及中国物联网创新研发中心项目。")
    assert {"海尔", "特康科技"} <= set(kinds(text, "Enterprise"))
    opening = "艾为电子、联暻半导体、全志科技、韦尔半导体等13家集成电路设计领域翘楚签约入园。"
    assert kinds(opening, "Enterprise") == ["艾为电子", "联暻半导体", "全志科技", "韦尔半导体"]
    assert kinds("与江苏德和生物、惠同新材等企业合作", "Enterprise") == ["江苏德和生物", "惠同新材"]


def test_two_institutes_run_together_and_short_forms_of_universities():
    text = ("与西安交通大学、西安理工、西北有色院开展合作，金属多孔材料国家重点实验室渭南分室国家增材制造创新中心渭南分中心、"
            "智能制造高新技术研究院等一批创新平台相继落地")
    found = [(m.surface, m.name) for m in find_mentions(text) if m.kind == "ResearchInstitute"]
    assert ("西安理工", "西安理工大学") in found and ("西北有色院", "西北有色金属研究院") in found
    assert {"金属多孔材料国家重点实验室渭南分室", "国家增材制造创新中心渭南分中心"} <= {s for s, _ in found}


def test_sector_spellings_of_the_taxonomy(tmp_path):
    assert {"新能源汽车", "现代家居"} <= _industries(tmp_path, "肇庆高新区聚焦新能源汽车及零部件、家居制造等主导产业。")


def test_a_sector_named_as_leading_a_broader_one(tmp_path):
    led = _industries(tmp_path, "鞍山高新区围绕以激光为引领的新一代信息技术产业，以电池为引领的新能源技术产业开展建设。")
    assert {"激光", "电池", "新一代信息技术"} <= led
    assert "钛材料" in _industries(tmp_path, "宝鸡高新区全力打造以钛材料为代表的新材料产业集群。")
    # a company leading a sector, or a slogan leading an industrial system, is no sector
    assert "新动能" not in _industries(tmp_path, "济南高新区构建以新动能为代表的现代产业体系。")
    assert not {"伊利乳业"} & _industries(tmp_path, "黄冈高新区在以伊利乳业为代表的食品饮料产业基础上推进技术改造。")


def test_narrower_sectors_as_written_under_the_taxonomy_concept_they_narrow(tmp_path):
    text = "昌吉高新区对输变电装备制造、化工新材料、新能源装备制造三大支柱产业集群和重点产业链进行全面梳理。"
    facts = facts_of(tmp_path, text)
    # equipment written with its making is the equipment's concept (输变电装备, under 电力装备 and 装备制造)
    assert {("昌吉高新技术产业开发区", "hasIndustry", "输变电装备"),
            ("昌吉高新技术产业开发区", "hasCluster", "昌吉高新区化工新材料产业集群"),
            ("昌吉高新区化工新材料产业集群", "clusterIndustry", "化工新材料")} <= facts
    mentions = {m.surface: m for m in find_mentions(text) if m.kind == "Industry"}
    assert mentions["输变电装备制造"].extra["concept"].label == "输变电装备"
    # written as skos:broader: the nearest sector the taxonomy knows inside it
    assert find_mentions("做强硅材料、节能减排装备制造四大产业集群。")[-1].extra["broader"].label == "装备制造"
    counted = _industries(tmp_path, "洛阳高新区做强硅材料、高端轴承、节能减排装备制造四大产业集群。")
    assert {"硅材料", "高端轴承", "节能减排装备制造"} <= counted
    chains = _industries(tmp_path, "昌吉高新区在输变电产业链上深挖存量，在聚酯新材料产业链上补齐短板。")
    assert {"输变电装备", "聚酯新材料"} <= chains  # (输变电 a label of 输变电装备 since session 25)
    # a verb glued to the first item is not part of a sector's name
    glued = _industries(tmp_path, "黄冈高新区聚焦专业招商，主攻现代家居、智能家电、新材料4个产业链，同时关注电子信息、装备制造3个产业。")
    assert {"现代家居", "电子信息"} <= glued and not any(name.startswith(("主攻", "时关注")) for name in glued)


def test_a_narrower_sector_is_written_under_its_broader_concept(tmp_path):
    from rdflib.namespace import SKOS

    from zonegraph.pipeline import build
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "d.txt").write_text("洛阳高新区对节能减排装备制造、化工新材料两大支柱产业集群进行梳理。", encoding="utf-8")
    result = build(corpus, tmp_path / "build")
    from rdflib import RDFS, Literal
    node = next(s for s, _, _ in result.dataset.triples((None, RDFS.label, Literal("节能减排装备制造", lang="zh"))))
    broader = {o for _, _, o in result.dataset.triples((node, SKOS.broader, None))}
    labels = {str(label) for b in broader for _, _, label in result.dataset.triples((b, RDFS.label, None))}
    assert "装备制造" in labels  # the nearest taxonomy concept it narrows


def test_a_cluster_named_after_one_narrower_sector_and_a_zones_chains(tmp_path):
    cluster = facts_of(tmp_path, "科技部火炬中心公布了创新型产业集群名单，赣州高新区稀土新材料制造创新型产业集群成功入选。")
    assert ("赣州高新区稀土新材料制造产业集群", "clusterIndustry", "稀土新材料制造") in cluster
    assert "激光与光电" in _industries(tmp_path, "温州高新区为核心区块的中国（温州）激光与光电产业集群列入全国首批试点。")
    described = _industries(tmp_path, PLAN_TITLE + "江阴高新区打造国内一流的智能装备产业集群。")
    assert "智能制造" in described and not any("一流" in name for name in described)  # 智能装备 is 智能制造's
    chains = _industries(tmp_path, "赣州高新区正围绕稀土新材料及应用、钨精深加工及应用、新能源动力电池、永磁电机及智能装备制造“四条产业链”推动项目。")
    # 稀土新材料及应用 is the taxonomy's 稀土新材料 with its application (written so, a form of it)
    assert {"稀土新材料", "钨精深加工及应用", "永磁电机及智能装备制造"} <= chains
    joined = _industries(tmp_path, "共青城高新区形成了纺织服装、智能制造、电子信息和新能源新材料四大产业。")
    assert {"电子信息", "新能源新材料"} <= joined and "电子信息和新能源新材料" not in joined


def test_verbs_of_giving_open_names():
    text = "给予国家高新区MEMS研究院、武汉理工大学淄博先进陶瓷研究院等5个项目资金扶持共340万元；给予山东邦基饲料有限公司奖励"
    names = kinds(text, "ResearchInstitute") + kinds(text, "Enterprise")
    assert "国家高新区MEMS研究院" in names and "山东邦基饲料有限公司" in names
    assert not any(name.startswith("予") for name in names)


def test_named_rd_centres_are_institutes_and_descriptions_are_not_names():
    text = "全区依托国家稀土功能材料创新中心、中科院包头稀土研发中心、上海交大包头材料研究院等院所优势"
    assert "中科院包头稀土研发中心" in kinds(text, "ResearchInstitute")
    assert kinds("企业研发中心达到50家，建成省级研发中心12个", "ResearchInstitute") == []
    assert kinds("这些身处科技前沿的大学和院所", "ResearchInstitute") == []


def test_a_companys_rd_centre_is_its_unit_not_the_zones_partner(tmp_path):
    text = "常熟高新区已成功引进重塑科技、擎动科技等一批企业。该联盟设立了擎动科技长三角研发中心，推动产教研融合发展。"
    facts = facts_of(tmp_path, text)
    assert ("擎动科技长三角研发中心", "subOrganizationOf", "擎动科技") in facts
    assert not any(o == "擎动科技长三角研发中心" and p == "partnersWith" for s, p, o in facts)


def test_a_policy_known_by_its_number_of_measures(tmp_path):
    text = "包头稀土高新区立足本区稀土产业实际，制定出台“八项人才新政”，重点在稀土企业引进高层次人才。"
    facts = facts_of(tmp_path, text)
    assert ("包头稀土高新技术产业开发区", "implementsPolicy", "八项人才新政") in facts
    assert kinds("开展“四项行动”", "Policy") == []  # actions, not a policy


def test_short_forms_of_institutes_in_a_list_of_institutes():
    text = "省工业技术研究院、玻璃钢研究院、703所、哈焊所、兽研所……这里聚集了一批科研院所"
    assert {"703所", "哈焊所", "兽研所"} <= set(kinds(text, "ResearchInstitute"))
    assert kinds("建设社区卫生服务中心、社区诊所、派出所等", "ResearchInstitute") == []


def test_latin_legal_names_partnerships_and_companies_after_their_kind():
    assert "ABB（中国）有限公司" in kinds("1992年，ABB与厦门合资成立ABB（中国）有限公司", "Enterprise")
    assert "北京北斗导航数据中心（有限合伙）" in kinds("由工作站和北京北斗导航数据中心（有限合伙）共同建设", "Enterprise")
    headed = "成功引入特变电工上下游关联企业南洋电缆、京宇电气、远洋线缆。"
    assert {"南洋电缆", "京宇电气", "远洋线缆"} <= set(kinds(headed, "Enterprise"))
    assert kinds("吸引知名企业入园设立综合性、区域性、功能性总部", "Enterprise") == []


def test_a_universitys_institute_in_a_city_belongs_to_the_university(tmp_path):
    facts = facts_of(tmp_path, "淄博高新区引进深圳清华大学研究院、温氏乳业等项目。")
    assert ("深圳清华大学研究院", "subOrganizationOf", "清华大学") in facts
    assert ("温氏乳业", "subOrganizationOf", "温氏食品集团股份有限公司") in facts


def test_the_investor_of_a_project_introduced_by_its_investment():
    text = ("投资20亿元的氢能产业基地项目开工建设，投资20多亿元的深圳创普斯年产28万吨磷酸铁锂正极材料项目正式签约；"
            "投资1.5亿元的北京峰智科技新能源汽车智能控制系统研发制造项目开工建设")
    assert {"深圳创普斯", "北京峰智科技"} <= set(kinds(text, "Enterprise"))
    assert not any(name.startswith("氢能") for name in kinds(text, "Enterprise"))  # a sector's base, no investor


def test_a_zone_with_guo_jia_before_its_short_form_and_a_city_beside_its_zone():
    assert [m.name for m in find_mentions("推进会在秀洲国家高新区召开") if m.kind == "Zone"] == ["嘉兴秀洲高新技术产业开发区"]
    assert kinds("从钢城到锂电产业重镇，新余和新余高新区做了什么？", "Zone") == ["新余高新区"]


def test_a_list_of_companies_counted_without_deng():
    text = "全年推动项目建设75个，硕博电子、三禾、中矿安华3家优质企业完成扩产。"
    assert kinds(text, "Enterprise") == ["硕博电子", "三禾", "中矿安华"]
    assert "振创电子" in kinds("燕郊高新区引进神威药业、振创电子等3家企业", "Enterprise")


def test_the_longest_country_opens_an_investors_name():
    text = "现场签约项目，包括印度尼西亚力宝集团产业园、阿特斯全球供应链总部、云学堂总部等项目。"
    names = kinds(text, "Enterprise")
    assert "力宝集团" in names and not any(name.startswith("尼西亚") for name in names)


def test_a_zone_form_several_cities_share_takes_the_city_of_its_page(tmp_path):
    # 火炬高新区 is 中山's, 厦门's or 威海's: the page's city says which
    text = "中山市招商引资项目集中签约仪式暨火炬高新区公有资产招商推介会在火炬高新区举行。当天，火炬高新区精准聚焦智能装备、光电信息等战略性新兴产业。"
    facts = facts_of(tmp_path, text)
    assert ("中山火炬高技术产业开发区", "hasIndustry", "智能制造") in facts  # 智能装备 is its variant
    # no city, or two of the candidates' cities: no zone rather than a guess
    assert not any(p == "hasIndustry" for _, p, _ in facts_of(tmp_path, "当天，火炬高新区精准聚焦智能装备、光电信息等战略性新兴产业。"))
    assert not any(p == "hasIndustry" for _, p, _ in facts_of(tmp_path, "厦门、威海两地代表来访。火炬高新区精准聚焦智能装备、光电信息等战略性新兴产业。"))


def test_short_names_listed_as_doers_of_what_companies_do():
    text = "新材料产业，引进莱赛尔新材料项目，与东华大学成立威海创新研究院，光威、迪尚、三阳加快建设协同实验室。"
    assert {"光威", "迪尚", "三阳"} <= set(kinds(text, "Enterprise"))
    assert kinds("研发、生产、销售加快建设一体化平台。", "Enterprise") == []  # activities, not names


def test_a_list_headed_as_world_top_500_companies():
    text = "产业“航母”引擎驱动力不断增强，联合电子、耐世特、玲珑轮胎等世界500强企业和行业龙头纷至沓来。"
    found = kinds(text, "Enterprise")
    assert {"耐世特", "玲珑轮胎"} <= set(found) and "电子" not in found  # a word and an ending name no one
    assert kinds("汽车、电子、机械等企业加快转型。", "Enterprise") == []  # sectors as kinds of firm


def test_a_citys_park_named_after_a_zone_elsewhere_is_not_that_zone(tmp_path):
    text = ("南宁·中关村科技园建设加速推进\n近年来，南宁高新区全力推进科技园建设。\n构建“1+2产业体系”\n"
            "科技园是南宁与北京中关村持续深化合作的重要成果之一。一期聚集了联东U谷、香港三润等19个产业化项目。")
    facts = facts_of(tmp_path, text)
    assert not any(s == "中关村科技园区" for s, _, _ in facts)  # a park's name and a partner city's zone
    assert ("南宁高新技术产业开发区", "hostsEnterprise", "香港三润") in facts  # the page's one zone, after its heading
    assert not any(p == "hasIndustry" for _, p, _ in facts)  # 等19个产业化项目 heads projects, not sectors


def test_bodies_a_title_opens_with_issued_it(tmp_path):
    facts = facts_of(tmp_path, "佛山高新区规划依据：《中共广东省委广东省人民政府关于加快高新技术产业开发区发展的意见》。")
    title = "中共广东省委广东省人民政府关于加快高新技术产业开发区发展的意见"
    assert {(title, "issuedBy", "中共广东省委"), (title, "issuedBy", "广东省人民政府")} <= facts


def test_customers_of_a_zone_company_are_not_hosted(tmp_path):
    facts = facts_of(tmp_path, "记者在蚌埠高新区的大富重工产业园了解到，该公司是全球最大的射频滤波器供应商，分别向华为、中兴等通信公司供货。")
    assert not any(p == "hostsEnterprise" and o in ("华为技术有限公司", "华为", "中兴", "分别向华为") for _, p, o in facts)


def test_companies_of_a_list_of_projects_some_named_after_their_city(tmp_path):
    text = "蚌埠高新区推动中电科41所、大富科技、中建材合作建设5G通讯产业园，加快建设深圳鸿海芯片封测、立德集成电路等重大项目步伐。"
    found = kinds(text, "Enterprise")
    assert {"大富科技", "中建材", "深圳鸿海"} <= set(found)
    assert "中电科41所" in kinds(text, "ResearchInstitute")
    assert "二期" not in kinds("落地了东创精密、柯瑞机械二期、世纪联合二期等产业项目", "Enterprise")


def test_a_zone_company_introduced_as_its_enterprise():
    assert kinds("景德镇高新区企业昌飞公司生产基地内，生产线正高速运转。", "Enterprise") == ["昌飞"]


def test_sectors_headed_by_a_formula(tmp_path):
    facts = facts_of(tmp_path, "青岛高新区重点支持新一代信息技术、医疗医药、人工智能+高端装备制造和现代服务业“3+1”主导产业。")
    assert ("青岛高新技术产业开发区", "hasIndustry", "医疗医药") in facts
    # …为引领的“6+2+X”产业集群: what leads a formula is no list of sectors
    facts = facts_of(tmp_path, "无锡高新区大力引育以数字经济、总部经济和枢纽经济为引领的“6+2+X”产业集群。")
    assert not any(o.startswith("以") for _, p, o in facts if p == "hasIndustry")


def test_a_list_the_zone_takes_as_its_main_direction(tmp_path):
    text = "保定高新区以数字智慧医疗、高端医疗器械研发与制造、医疗会展、医学研发等为主攻方向，筹划建设千亿级生物医药产业集群。"
    sectors = {o for _, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    assert {"数字智慧医疗", "高端医疗器械研发与制造", "医疗会展", "医学研发"} <= sectors
    # 以先进制造业为主导、现代服务业为支撑: two clauses, not a list
    text = "江阴高新区构建以先进制造业为主导、现代服务业为支撑、未来产业加快发展的现代产业体系。"
    assert not any("为" in o for _, p, o in facts_of(tmp_path, text) if p == "hasIndustry")


def test_the_parts_of_a_zones_chain(tmp_path):
    text = "新余高新区形成了包括锂盐、锂电池正负极材料、电池应用在内的较为完整的锂电产业链。"
    sectors = {o for _, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    assert {"锂盐", "锂电池正负极材料", "电池应用"} <= sectors


def test_new_segments_a_zone_expands_into(tmp_path):
    facts = facts_of(tmp_path, "威海火炬高新区电子信息产业，拓展卫星空间技术、半导体和汽车电子等新板块。")
    assert ("威海火炬高技术产业开发区", "hasIndustry", "半导体") in facts


def test_a_zone_named_with_its_province_first():
    found = [m.name for m in find_mentions("江西新余国家高新技术产业开发区是锂电产业基地") if m.kind == "Zone"]
    assert found == ["新余高新技术产业开发区"]


def test_investors_of_projects_named_without_a_stop_word():
    text = "拓仕达智慧城市及安全智能建设项目、幻威数字安全应急领域虚拟现实装备研发制造项目等8个项目成功签约落地。"
    assert kinds(text, "Enterprise") == ["拓仕达", "幻威数字"]
    assert kinds("引进装备制造企业、电缆、变压器配套原材料及组件等项目。", "Enterprise") == []


def test_companies_after_a_longer_opening_word():
    assert kinds("目前，已有美国美时医疗、奥赛科、GTI、江苏汉美等一批公司落户。", "Enterprise") == ["美国美时医疗", "奥赛科", "GTI", "江苏汉美"]


def test_investors_of_project_lists_counted_or_opening_a_clause():
    text = "集成电路2021年已招引中芯二期、美新半导体等10亿元以上项目8个，总投资249亿元。"
    assert kinds(text, "Enterprise") == ["中芯", "美新半导体"]
    text = "大庆石化千万吨炼油结构调整转型升级、海国龙油550万吨重油催化热裂解及95万吨聚烯烃、大庆炼化增产石蜡三大“油头”项目全面投产。"
    assert kinds(text, "Enterprise") == ["大庆石化", "海国龙油", "大庆炼化"]
    text = "随着新产投的聚碳酸酯、中飞石化150万吨烷烃综合利用等一批“重点化尾”项目的推进实施，营业收入将增长。"
    assert kinds(text, "Enterprise") == ["新产投", "中飞石化"]


def test_a_company_named_by_its_site_in_a_city():
    assert kinds("走进北汽福田潍坊厂区去年建成投用的智能化焊装车间。", "Enterprise") == ["北汽福田"]
    assert kinds("建设国家火炬苏州基地，打造省级潍坊基地。", "Enterprise") == []


def test_a_plan_named_by_its_code_in_quotes(tmp_path):
    facts = facts_of(tmp_path, "2024年春季，景德镇高新区推动实施制造业重点产业链现代化建设“3310”行动计划，加快建设现代化产业体系。")
    assert ("景德镇高新技术产业开发区", "implementsPolicy", "制造业重点产业链现代化建设“3310”行动计划") in facts


def test_sectors_listed_as_representing_the_zones_industries(tmp_path):
    text = "益阳高新区以装备制造产业、电子信息产业、新材料新能源产业和文旅体康产业等为代表的主导产业和特色产业快速发展。"
    sectors = {o for _, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    assert "文旅体康" in sectors and not any("和" in o for o in sectors)


def test_a_sector_base_is_the_zones_sector_unless_a_government_designated_it(tmp_path):
    facts = facts_of(tmp_path, "蚌埠高新区围绕电子信息产业基地，瞄准5G产业。")
    assert ("蚌埠高新技术产业开发区", "hasIndustry", "电子信息") in facts
    facts = facts_of(tmp_path, "燕郊高新区获批河北省工信厅的“河北省安全应急产业基地”。")
    assert not any(p == "hasIndustry" for _, p, _ in facts)


def test_institutes_with_a_city_in_brackets_a_general_institute_and_a_listed_short_form():
    assert kinds("上交(徐州)新材料研究院、创亚普光热电产业技术研究院相继落户。", "ResearchInstitute") == [
        "上交(徐州)新材料研究院", "创亚普光热电产业技术研究院"]
    assert kinds("国家（重点）实验室", "ResearchInstitute") == []  # a grade in brackets, no place
    assert "北京钢铁研究总院" in kinds("中科院自动化所、北京钢铁研究总院等108家科研机构拟入驻。", "ResearchInstitute")
    assert "西交大" in kinds("先后西交大、长安大学、西工大建立合作。", "ResearchInstitute")


def test_sectors_written_longer_than_their_label(tmp_path):
    text = "平顶山高新区推动尼龙新材料产业向中下游延伸；引导电气装备制造产业向智能化发展。"
    sectors = {o for _, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    assert sectors == {"尼龙新材料", "电气装备制造"}
    text = "洛阳高新区申报的节能环保装备产业成为国家新型工业化示范基地。"
    assert ("洛阳高新技术产业开发区", "hasIndustry", "节能环保装备") in facts_of(tmp_path, text)
    # a grade, a place, a verb or another country are no sector's own words
    for text, sector in (("攀枝花钒钛高新区壮大盐边县钒钛产业。", "钒钛"), ("常熟高新区推动高端装备制造产业发展。", "高端装备制造"),
                         ("鞍山高新区大力发展激光等光电产业。", "光电"), ("宜昌高新区发展中日绿色产业合作。", "节能环保")):
        assert {o for _, p, o in facts_of(tmp_path, text) if p == "hasIndustry"} == {sector}, text


def test_universities_a_zone_company_works_with_are_the_zones_partners(tmp_path):
    # the held-out annotators list them as the zone's partners in five pages of seven (the zone's
    # firms signing with a university is the zone working with it); a city government's partner is not
    text = ("银川高新区与宁夏大学签订合作协议；宁夏新澳羊绒有限公司、宁夏富杨食品有限公司分别与西安工程大学、"
            "北方民族大学重点在平台建设、技术攻关等方面开展合作。")
    partners = {o for _, p, o in facts_of(tmp_path, text) if p == "partnersWith"}
    assert partners == {"宁夏大学", "西安工程大学", "北方民族大学"}
    text = "锦州高新区加快发展。锦州市政府与中国医科大学、大连医科大学签订战略合作协议。"
    assert not any(p == "partnersWith" for _, p, _ in facts_of(tmp_path, text))


def test_companies_a_zone_talks_with_are_not_hosted(tmp_path):
    text = "烟台高新区现场布置专题推介展区，与南微医学、北京艾德摩生物、晶泰科技和贝达药业等企业进行了充分交流。"
    assert not any(p == "hostsEnterprise" for _, p, _ in facts_of(tmp_path, text))
    text = "益阳高新区加快建设，益阳橡机数字化制造基地、弗兰德5G设备生产基地等27个工业项目建成投产。"
    assert {o for _, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"} == {"益阳橡机", "弗兰德"}


def test_advanced_manufacturing_is_a_sector(tmp_path):
    text = "南宁高新区重点构建以新一代信息技术为核心产业，先进制造业及现代服务业为共生产业的“1+2产业体系”。"
    assert ("南宁高新技术产业开发区", "hasIndustry", "先进制造") in facts_of(tmp_path, text)


def test_a_cluster_graded_after_its_sector(tmp_path):
    facts = facts_of(tmp_path, "石家庄高新区打造生物医药千亿元级产业集群。")
    assert ("石家庄高新区生物医药产业集群", "clusterIndustry", "生物医药") in facts


def test_a_known_policys_issuer_only_where_the_text_names_it(tmp_path):
    facts = facts_of(tmp_path, "石家庄高新区认真贯彻落实《关于促进国家高新技术产业开发区高质量发展的若干意见》。")
    assert not any(p == "issuedBy" for _, p, _ in facts)
    facts = facts_of(tmp_path, "石家庄高新区认真贯彻落实《国务院关于促进国家高新技术产业开发区高质量发展的若干意见》。")
    assert any(p == "issuedBy" and o == "国务院" for _, p, o in facts)


def test_company_names_after_a_kind_of_company_and_before_a_bracketed_legal_ending():
    text = "亿纬动力是上市公司惠州亿纬锂能股份有限公司位于荆门高新区的全资子公司。"
    assert kinds(text, "Enterprise") == ["亿纬动力", "惠州亿纬锂能股份有限公司"]  # no 上市公司…, no …的全资子公司
    assert kinds("引进丰田汽车研发中心(中国)有限公司等企业", "ResearchInstitute") == []


def test_investors_of_invested_and_counted_projects():
    text = "相继引进总投资10亿美元的合全创新药项目、总投资6亿美元的瑞声光学模组项目、总投资5.7亿美元的华润化学总部项目。"
    assert kinds(text, "Enterprise") == ["合全", "瑞声", "华润化学"]
    text = ("投资50.5亿元的江铃轻汽技改扩能项目、投资50亿元的沃特玛（抚州）新能源汽车产业园项目、"
            "投资45亿元的卓朗云计算数据中心项目等，为今后发展增添了新动能。")
    assert kinds(text, "Enterprise") == ["江铃轻汽", "沃特玛", "卓朗"]
    assert kinds("着力推进重点项目建设，天合太阳能组件等21个项目实现当年开工。", "Enterprise") == ["天合"]
    text = "投资1.5亿元的北京峰智科技新能源汽车智能控制系统及其部件研发制造项目开工。"
    assert kinds(text, "Enterprise") == ["北京峰智科技"]


def test_a_list_of_companies_winning_what_only_companies_win():
    text = "博雅生物、江铃底盘、迪比科新能源获批“国家知识产权优势企业”。"
    assert kinds(text, "Enterprise") == ["博雅生物", "江铃底盘", "迪比科新能源"]


def test_a_sector_listed_among_the_innovative_clusters(tmp_path):
    text = "抚州高新区生物医药产业综合竞争力在全国国家级高新区中位列第39位，被列入全国第三批创新型产业集群试点。"
    facts = facts_of(tmp_path, text)
    assert ("抚州高新技术产业开发区", "hasCluster", "抚州高新区生物医药产业集群") in facts


def test_common_sector_words_the_taxonomy_holds(tmp_path):
    text = "长春高新区打造疫苗、基因药物等生物药品制造基地，并重点发展地理信息、无人机和高温合金产业。"
    sectors = {o for _, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    assert {"疫苗", "地理信息", "无人机", "高温合金"} <= sectors


def test_institutes_whose_left_edge_runs_through_a_known_name():
    assert kinds("资金支持智能终端产业发展，启动华为成都研究院数据迁入。", "ResearchInstitute") == ["华为成都研究院"]
    assert "浙江大学遥感与GIS研究中心" in kinds("武汉大学技术转移中心、浙江大学遥感与GIS研究中心等", "ResearchInstitute")
    assert kinds("与上海交大等专业院校共建碳中和研究院", "ResearchInstitute") == ["上海交大", "碳中和研究院"]
    assert kinds("介绍了投资环境情况，并有中科卫星应用德清研究院项目签约。", "ResearchInstitute") == ["中科卫星应用德清研究院"]


def test_two_sectors_joined_into_one_item_of_a_list(tmp_path):
    text = "萧山临江高新区目前已集聚新能源汽车、现代物流、特种纤维和新型复合材料、电子信息与物联网等高端产业。"
    sectors = {o for _, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    assert {"特种纤维和新型复合材料", "电子信息与物联网"} <= sectors and "物联网" not in sectors
    # a final 和 joins the list's last two items: four sectors, as the count says
    text = "共青城高新区形成了纺织服装、智能制造、电子信息和新能源新材料四大产业。"
    assert {"电子信息", "新能源新材料"} <= {o for _, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    # a list of other things (高端要素) gives no sector, joined or not
    text = "成都高新区将交子金融商务区建成科技金融、时尚商贸与绿色低碳科技等高端要素运筹的未来创新性产城融合区。"
    assert not any(p == "hasIndustry" and "与" in o for _, p, o in facts_of(tmp_path, text))


def test_a_list_headed_as_brands_names_companies():
    text = "截止2018年底，临江高新区已集聚吉利汽车、长安福特、林肯、广汽传祺、东风裕隆等汽车品牌。"
    assert {"长安福特", "林肯", "广汽传祺", "东风裕隆"} <= set(kinds(text, "Enterprise"))
    assert kinds("打造了茅台、五粮液、泸州老窖等知名品牌", "Enterprise") == ["茅台", "五粮液", "泸州老窖"]
    assert kinds("培育了区域公用品牌、农产品品牌等品牌", "Enterprise") == []  # kinds of brand


def test_sectors_a_product_is_used_in_are_markets(tmp_path):
    text = "清远高新区企业豪美新材研发的工业型材广泛运用于通信、机械、汽车、船舶制造、航空航天、轨道交通等多个行业和领域。"
    assert not any(p == "hasIndustry" for _, p, _ in facts_of(tmp_path, text))


def test_fields_a_material_is_applied_in_are_not_the_zones_sectors(tmp_path):
    text = ("厦门火炬高新区发展石墨烯产业。石墨烯是一种新型二维碳材料，在电子信息、航空航天、高端装备、新能源、"
            "环境保护等领域极具应用潜力。")
    assert {o for _, p, o in facts_of(tmp_path, text) if p == "hasIndustry"} == {"石墨烯"}
    text = "淄博高新区的MEMS技术在汽车、智能家电、国防军工、消费电子等领域有着广泛的应用。"
    assert not any(p == "hasIndustry" for _, p, _ in facts_of(tmp_path, text))


def test_clusters_counted_in_quotes(tmp_path):
    text = "郑州高新区打造智能传感器材料、智能传感器系统、智能传感器终端“三个产业集群”，发展环境传感器。"
    clusters = {o for _, p, o in facts_of(tmp_path, text) if p == "hasCluster"}
    assert clusters == {"郑州高新区智能传感器材料产业集群", "郑州高新区智能传感器系统产业集群", "郑州高新区智能传感器终端产业集群"}


def test_a_particle_and_a_generic_plural_are_no_part_of_a_name():
    assert kinds("高新区集聚传感器领域相关企业3011家，孕育了汉威科技、新天科技、光力科技等企业。", "Enterprise")[0] == "汉威科技"
    assert kinds("高新区毗邻福州各大学，坐拥中科院海西研究院。", "ResearchInstitute") == ["中科院海西研究院"]


def test_a_company_said_to_be_anothers_subsidiary(tmp_path):
    text = "亿纬动力是上市公司惠州亿纬锂能股份有限公司位于荆门高新区的全资子公司，现已形成年产能28.5GWh的研发生产基地。"
    facts = facts_of(tmp_path, text)
    assert any(p == "subOrganizationOf" and o == "惠州亿纬锂能股份有限公司" for _, p, o in facts), facts


def test_names_opening_with_a_unit_character_and_zone_verbs_before_a_company():
    assert "亿纬动力" in kinds("亿纬动力是上市公司惠州亿纬锂能股份有限公司的全资子公司。", "Enterprise")
    assert kinds("完成投资3亿元科技项目", "Enterprise") == []
    assert kinds("益阳高新区支持园区平台公司实行市场化运作。", "Enterprise") == []
    assert kinds("黄冈高新区招商服务公司负责园区招商。", "Enterprise") == ["黄冈高新区招商服务公司"]


def test_the_official_name_with_guo_jia_and_clusters_counted_under_a_broader_sector(tmp_path):
    facts = facts_of(tmp_path, "西宁经济技术开发区（青海国家高新技术产业开发区）又一个千亿投资大手笔落子布局！"
                               "截至目前，开发区已成为全省重要的新能源产业制造基地，形成光伏制造、动力及储能锂电池两个新能源产业集群。")
    clusters = {o for s, p, o in facts if p == "hasCluster"}
    assert clusters == {"青海高新区光伏制造产业集群", "青海高新区动力及储能锂电池产业集群"}
    assert ("青海高新区光伏制造产业集群", "clusterIndustry", "光伏制造") in facts


def test_a_list_headed_as_high_tech_sectors(tmp_path):
    facts = facts_of(tmp_path, "莆田高新区基本形成三大主导产业。机械制造产业逐步向激光超速加工设备、数控机床、新能源汽车等高新技术产业转型。")
    assert {"数控机床", "新能源汽车"} <= {o for s, p, o in facts if p == "hasIndustry"}


def test_words_before_a_name_that_are_no_part_of_it():
    assert kinds("调研组参观内蒙古欧晶科技股份有限公司", "Enterprise") == ["内蒙古欧晶科技股份有限公司"]
    assert kinds("这份亮眼的成果清单，均出自辽宁材料实验室、东北大学等在沈顶尖创新主体", "ResearchInstitute") == ["辽宁材料实验室", "东北大学"]
    assert kinds("目前，已经有中国航天集团第七研究所与阜新环宇橡胶（集团）合作项目等一批投资规模", "ResearchInstitute") == ["中国航天集团第七研究所"]
    assert kinds("高新区由大学园区、研发基地和紫竹配套区三部分组成。", "ResearchInstitute") == []


def test_a_bracketed_group_ending_and_lists_that_are_not_of_companies():
    assert kinds("已经有中国航天集团第七研究所与阜新环宇橡胶（集团）合作项目", "Enterprise") == ["阜新环宇橡胶（集团）"]
    assert kinds("先后被财政部、科技部、工业和信息化部认定为国家大中小企业融通型创新创业载体", "Enterprise") == []
    assert "上海联" not in kinds("由闵行区人民政府、上海交通大学、紫江集团、上海联和投资公司等七家股东单位共同投资组建", "Enterprise")


def test_quantum_companies_and_sectors_listed_after_a_colon(tmp_path):
    facts = facts_of(tmp_path, "合肥高新区的量子大道。量子产业对应三大细分赛道：量子精密测量、量子计算和量子通信，"
                               "而国仪量子、本源量子及国盾量子则分别占据量子产业的三大细分赛道。")
    assert {"量子精密测量", "量子计算", "量子通信"} <= {o for s, p, o in facts if p == "hasIndustry"}
    assert "国仪量子技术（合肥）股份有限公司" in {o for s, p, o in facts if p == "hostsEnterprise"}  # (the brand table's name)
    assert "而国仪量子" not in {o for s, p, o in facts if p == "hostsEnterprise"}


def test_investors_of_a_list_said_to_be_projects_end_where_their_product_begins():
    text = ("“攻项目”，围绕锂电产业主攻方向，吉利欣旺达、欣旺达尽快产能释放，天衢锂能高端锂离子电池、亿恩科天润电解液二期、"
            "精工电子高能量密度磷酸铁锂电池等重点在建项目尽快投产达效。")
    assert {"天衢锂能", "精工电子"} <= set(kinds(text, "Enterprise"))


def test_institutes_near_a_zone_are_not_its_partners(tmp_path):
    facts = facts_of(tmp_path, "太原高新区区位优越，周围毗邻山西大学、太原理工大学、中国辐射防护研究院等科研院所。")
    assert not any(p == "partnersWith" for s, p, o in facts)
    assert kinds("周围毗邻山西大学、太原理工大学", "ResearchInstitute") == ["山西大学", "太原理工大学"]


def test_a_university_name_cut_through_to_a_kind_of_university():
    assert kinds("大冶湖高新区与中南财经政法大学签署合作协议", "ResearchInstitute") == ["中南财经政法大学"]


def test_a_list_each_of_whose_items_is_called_a_sector(tmp_path):
    facts = facts_of(tmp_path, "泰安高新区争取到“十四五”末，高端装备制造产业、新能源新材料产业、新闻出版产业均达到500亿级规模。")
    assert "新闻出版" in {o for s, p, o in facts if p == "hasIndustry"}


def test_names_in_lists_of_public_bodies_and_of_ways_are_no_companies():
    text = "高新区内设有财政局、招商局、工商局、国税分局、地税分局、投资担保公司、海关、保税公司、银行、保险公司等机构"
    assert kinds(text, "Enterprise") == []
    assert kinds("鼓励大学院所或技术人员以技术买断、技术入股等方式在高新区创办企业", "Enterprise") == []
    assert kinds("鼓励大学院所或技术人员以技术买断、技术入股和共同研发等方式成立企业。", "Enterprise") == []
    assert kinds("济南高新区一贯遵循向改革要动力。", "Enterprise") == []


def test_companies_pitching_at_a_roadshow_are_not_hosted(tmp_path):
    facts = facts_of(tmp_path, "漳州高新区招商推介会举办生物医药专场，苏州骆华生物、杭州美蓝医药、南通臻亿医疗等6家国家高新技术企业现场登台路演。")
    assert not any(p == "hostsEnterprise" for s, p, o in facts)


def test_investors_of_incubated_projects():
    text = "已先后服务五洋纺机、瑞声科技等园区企业，并引进孵化了卡邦电气、科乐为数控等项目。"
    assert kinds(text, "Enterprise") == ["五洋纺机", "瑞声科技", "卡邦电气", "科乐为数控"]


def test_a_zones_administration_issuing_a_policy_is_the_zone(tmp_path):
    facts = facts_of(tmp_path, "2013年5月，昆明高新区管委会印发《关于加快建设“云药”产业基地大力培育“云药”特色产业集群的实施意见》的通知。")
    assert ("关于加快建设“云药”产业基地大力培育“云药”特色产业集群的实施意见", "issuedBy", "昆明高新技术产业开发区") in facts


def test_a_city_striving_to_become_a_zone_is_none():
    assert kinds("其中，报告提出：要发挥重大平台体系牵引作用，支持荆州争创国家高新区。", "Zone") == []


def test_a_zone_written_as_its_citys_high_tech_development_zone_and_a_preposition_after_a_verb(tmp_path):
    text = "莱芜市高新技术开发区通过创建“科技领航区”，形成了以朗进科技、力创科技等企业为龙头的电子信息产业链。"
    facts = facts_of(tmp_path, text)
    assert ("莱芜高新技术产业开发区", "hostsEnterprise", "朗进科技") in facts
    assert kinds(text, "Enterprise") == ["朗进科技", "力创科技"]


def test_clusters_graded_by_their_output(tmp_path):
    facts = facts_of(tmp_path, "重庆高新区已形成新一代信息技术千亿级、先进制造五百亿级、大健康和高技术服务2个百亿级产业集群。")
    assert {o for s, p, o in facts if p == "hasCluster"} == {
        "重庆高新区新一代信息技术产业集群", "重庆高新区先进制造产业集群", "重庆高新区大健康产业集群", "重庆高新区高技术服务产业集群"}


def test_issuers_before_a_title_and_joined_in_its_opening():
    from zonegraph.mentions.policies import find_policies

    issuers = {m.name: m.extra.get("issuers") for m in find_policies(
        "认真落实党中央、国务院印发的《长江三角洲区域一体化发展规划纲要》，"
        "落实《中共上海市委、上海市人民政府关于进一步深化科技创新中心建设的若干意见》和"
        "《国务院关于同意沈大国家高新区建设国家自主创新示范区的批复》")}
    assert issuers == {
        "长江三角洲区域一体化发展规划纲要": ("中共中央", "国务院"),
        "中共上海市委、上海市人民政府关于进一步深化科技创新中心建设的若干意见": ("中共上海市委", "上海市人民政府"),
        "国务院关于同意沈大国家高新区建设国家自主创新示范区的批复": ("国务院",)}


def test_a_formula_list_of_main_sectors_and_a_designated_cluster():
    assert kinds("建议高新区加强新型电子元器件、智能装备制造、新材料、健康卫生和生产性服务“4+1”主体产业发展", "Industry") == [
        "新型电子元器件", "智能装备制造", "新材料", "健康卫生", "生产性服务"]
    assert kinds("芜湖高新区先后获批科技部节能与新能源汽车创新型产业集群基地（试点）", "IndustrialCluster") == [
        "节能与新能源汽车创新型产业集群"]


def test_parents_of_units_named_after_a_university_a_group_and_a_rank_is_no_zone(tmp_path):
    facts = facts_of(tmp_path, "锦州高新区签约。锦州医科大学生命科学研究院、西安电子科技大学芜湖研究院、东软医疗、中国航发燃气轮机有限公司等参加。")
    assert ("锦州医科大学生命科学研究院", "subOrganizationOf", "锦州医科大学") in facts
    assert ("西安电子科技大学芜湖研究院", "subOrganizationOf", "西安电子科技大学") in facts
    assert ("东软医疗", "subOrganizationOf", "东软集团股份有限公司") in facts
    assert ("中国航发燃气轮机有限公司", "subOrganizationOf", "中国航空发动机集团有限公司") in facts
    assert kinds("南通高新区是南通首家国家高新区，太原高新区是山西省唯一的国家高新区", "Zone") == ["南通高新区", "太原高新区"]


def test_sector_lists_with_grades_and_at_a_sentence_start(tmp_path):
    facts = facts_of(tmp_path, "重庆高新区已形成新一代信息技术千亿级、先进制造五百亿级、大健康和高技术服务2个百亿级产业集群。")
    assert {"新一代信息技术", "先进制造", "大健康"} <= {o for s, p, o in facts if p == "hasIndustry"}
    assert kinds("装备机械制造、电子信息、新材料三大产业占规模以上工业的比重达到70%", "Industry") == ["装备机械制造", "电子信息", "新材料"]
    assert kinds("辖区信息技术、生物医药、高端装备等支柱产业规模均过千亿元。", "Industry")[0] == "信息技术"
    assert kinds("强集成电路、现代中药和生物医药、智能装备三大特色产业", "Industry")[0] == "集成电路"


def test_a_university_a_person_graduated_from_is_no_partner(tmp_path):
    facts = facts_of(tmp_path, "济南高新区的研究院里，毕业于中国科学技术大学的博士后刘洋是量子通信方面的专业人才。")
    assert not any(p == "partnersWith" for s, p, o in facts)


def test_words_before_legal_names():
    assert kinds("考察团先后前往江苏省镇江船厂（集团）有限公司、镇江中船日立造船机械有限公司", "Enterprise")[0] == "江苏省镇江船厂（集团）有限公司"
    assert kinds("荣昌第一纳税大户重庆华森制药有限公司", "Enterprise") == ["重庆华森制药有限公司"]


def test_companies_a_visiting_delegation_goes_to_are_the_zones(tmp_path):
    facts = facts_of(tmp_path, "武汉海工船舶企业来镇江高新区考察交流。上午，考察团先后前往江苏省镇江船厂（集团）有限公司、镇江中船日立造船机械有限公司实地走访。")
    assert ("镇江高新技术产业开发区", "hostsEnterprise", "镇江中船日立造船机械有限公司") in facts


def test_counted_institutes_are_no_names_and_a_listed_name_may_hold_yu():
    assert kinds("细胞生态海河实验室、脑机交互与人机共融海河实验室，分别与清华大学合作", "ResearchInstitute")[1] == "脑机交互与人机共融海河实验室"
    assert kinds("天津滨海高新区三大海河实验室在研项目超70项", "ResearchInstitute") == []
    assert kinds("区内聚集了Intel研发中心、IBM研发中心等世界500强研发中心", "ResearchInstitute") == ["Intel研发中心", "IBM研发中心"]


def test_clusters_of_sectors_no_taxonomy_holds_where_their_words_stand_apart():
    assert kinds("在阜新市委的正确领导下，阜新液压产业集群发展势头强劲", "IndustrialCluster") == ["液压产业集群"]
    assert kinds("被中国液气密工业协会认定为“国家液压产业集群示范基地”", "IndustrialCluster") == ["液压产业集群"]
    assert kinds("成功创建了国家火炬有色金属特色产业基地、高效节能通用设备制造国家级创新型产业集群", "IndustrialCluster") == [
        "高效节能通用设备制造国家级创新型产业集群"]
    assert kinds("威海火炬高新区按照产业集群发展思路，不断壮大特色产业集群", "IndustrialCluster") == []


def test_projects_named_by_their_products_name_no_investors_and_more_words_before_names():
    assert kinds("孵化区已吸引了精冲、精锻、铸造砂、药芯焊丝、挂车轴等5个项目入驻。", "Enterprise") == []
    assert kinds("研究团队赴宿迁东方雨虹建筑材料有限公司调研", "Enterprise") == ["宿迁东方雨虹建筑材料有限公司"]
    assert kinds("合作，驻吉林吉星轮胎有限公司代表", "Enterprise") == ["吉林吉星轮胎有限公司"]


def test_projects_listed_one_a_clause_each_with_its_investment():
    text = ("据了解，此次一季度5个集中开工重点项目分别是中科恒道高端装备制造研发基地项目，总投资18亿元；河北创恒隧道智能装备项目，"
            "总投资1.7亿元；河北高硕电气化高铁配套产品项目，总投资1.8亿元；河北聚毅30万米金属智能制造项目，总投资1亿元。")
    assert kinds(text, "Enterprise") == ["中科恒道", "河北创恒", "河北高硕", "河北聚毅"]


def test_an_investor_ends_before_smart_products():
    text = "签约项目包括电科云数据中心、薪起程智慧车联网、驴妈妈智慧旅游云等项目。"
    assert {"薪起程", "驴妈妈"} <= set(kinds(text, "Enterprise"))


def test_a_notice_issuing_two_titles_names_the_issuer_of_both():
    from zonegraph.mentions.policies import find_policies

    text = "齐齐哈尔市人民政府关于印发《哈大齐国家自主创新示范区齐齐哈尔片区建设实施方案》和《齐齐哈尔市支持片区建设若干政策措施》的通知"
    assert [m.extra["issuers"] for m in find_policies(text)] == [("齐齐哈尔市人民政府",), ("齐齐哈尔市人民政府",)]


def test_a_policys_defined_short_title_its_zones_own_title_and_a_quoted_plan(tmp_path):
    facts = facts_of(tmp_path, "青海高新区制定出台《开发区新兴产业千亿投资计划（2023—2025年）》（以下简称《投资计划》）。"
                               "《投资计划》明确了三大板块内容。")
    assert {o for s, p, o in facts if p == "implementsPolicy"} == {"开发区新兴产业千亿投资计划（2023—2025年）"}
    facts = facts_of(tmp_path, "近年来，唐山高新区着力培育的机器人产业迅猛发展，各种利好消息接踵而至：5月22日，专家组评审通过了"
                               "由国务院发展研究中心负责起草的《唐山国家高新区机器人产业发展规划》。")
    assert ("唐山高新技术产业开发区", "implementsPolicy", "唐山国家高新区机器人产业发展规划") in facts
    assert kinds("下一步，高新区将围绕“争先进位五年行动方案”建设千亿级高科技产业园区", "Policy") == ["“争先进位五年行动方案”"]
    assert kinds("无锡高新区实施“飞凤人才计划”", "Policy") == []


def test_a_group_written_by_its_short_name_and_its_units():
    registry = Registry()
    names = {m.surface: registry.resolve(m, "x.txt") for m in find_mentions("一汽吉林汽车有限公司与一汽集团签约，中信集团出席")}
    assert names["一汽集团"].name == "中国第一汽车集团有限公司"
    assert names["一汽吉林汽车有限公司"].parent == ("Enterprise", "中国第一汽车集团有限公司")


def test_a_list_headed_as_strategic_emerging_sectors_after_a_joiner():
    text = "涉及创新创业服务空间等协同创新平台建设和节能环保、文化创意、大数据、电子商务等战略新兴产业发展。"
    assert kinds(text, "Industry") == ["节能环保", "文化创意", "大数据", "电子商务"]


def test_a_park_named_after_a_zone_elsewhere_is_no_mention_of_the_zone():
    assert kinds("据了解，这次揭牌的中关村互联网文化创意产业园承德园、智慧环境产业联盟承德展示中心等9个项目", "Zone") == []


def test_a_list_opened_by_a_preposition_after_an_adverb_and_a_trillion_grade():
    assert kinds("努力把地理信息产业、生物医药产业、高端装备制造产业打造成为千亿级产业集群", "Industry")[0] == "地理信息产业"
    assert kinds("武汉东湖高新区将打造万亿光电子产业集群", "IndustrialCluster") == ["光电子产业集群"]


def test_clusters_a_sentence_counts_after_naming_their_sectors():
    text = "吉安高新区已形成以电子信息为首位产业，以绿色食品、新能源新材料、智能制造为主导产业的四大产业集群。"
    assert [m.name for m in find_mentions(text) if m.kind == "IndustrialCluster"] == [
        "电子信息产业集群", "绿色食品产业集群", "新能源新材料产业集群", "智能制造产业集群"]
    text = "“芯屏端网”万亿光电子产业集群崛起，集成电路、新型显示器件、下一代信息网络和生物医药等四大产业，入列国家战略新兴产业集群。"
    assert [m.name for m in find_mentions(text) if m.kind == "IndustrialCluster"] == [
        "光电子产业集群", "集成电路产业集群", "新型显示器件产业集群", "下一代信息网络产业集群", "生物医药产业集群"]


def test_a_national_torch_base_names_the_zones_sector(tmp_path):
    facts = facts_of(tmp_path, "近三年来，黄石大冶湖高新区成功创建了国家火炬有色金属特色产业基地。")
    assert ("黄石大冶湖高新技术产业开发区", "hasIndustry", "有色金属") in facts


def test_a_cluster_is_named_by_each_short_name_of_its_zone(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text("东湖高新区集成电路、新型显示器件、下一代信息网络和生物医药等四大产业，入列国家战略新兴产业集群。", encoding="utf-8")
    registry = Registry()
    extract_document(read_document(path), registry)
    cluster = registry.get(("IndustrialCluster", "武汉东湖高新区集成电路产业集群"))
    assert "东湖高新区集成电路产业集群" in cluster.forms_by_document["doc.txt"]


def test_a_cluster_is_named_by_the_short_names_its_page_writes_for_the_zone(tmp_path):
    # rounds 54 and 57: a page on 中关村 or on 河源国家高新区 names the zone's clusters after it, not after
    # the official name's 中关村高新区 / 源城高新区
    path = tmp_path / "doc.txt"
    path.write_text("河源国家高新区党工委书记表示，高新区将推进产业集群打造。\n"
                    "「加快培育千亿级电子信息产业集群，大力培育百亿级食品饮料和水经济产业集群」。", encoding="utf-8")
    registry = Registry()
    extract_document(read_document(path), registry)
    cluster = registry.get(("IndustrialCluster", "源城高新区电子信息产业集群"))
    assert "河源国家高新区电子信息产业集群" in cluster.forms_by_document["doc.txt"]


def test_sectors_named_by_numbered_headings():
    text = "支持以下创新型产业领域的重点培育计划项目：1、特钢及金属新材料产业：高品质特殊钢。2、集成电路产业：设计。3、医用材料产业：敷料"
    industries = kinds(text, "Industry")
    assert "特钢及金属新材料" in industries and "医用材料" in industries and "新材料产业" not in industries


def test_zones_listed_by_their_cities_before_a_count_and_a_generic_scope():
    assert kinds("2016年4月，国务院批复同意沈阳、大连两个国家高新区建设沈大国家自主创新示范区", "Zone") == ["沈阳", "大连"]
    assert kinds("全省共有安徽省级以上高新技术产业开发区20家", "Zone") == []


def test_a_place_a_grade_or_a_category_is_no_sector_of_its_own():
    assert kinds("自贡节能环保、高端装备制造、新材料、食品医药、电子信息五大战略性新兴产业", "Industry")[0] == "节能环保"
    assert kinds("申报省级战略性新兴产业、省新能源产业项目", "Industry") == ["新能源产业"]
    assert kinds("还被省委、省政府授予“辽宁省示范产业集群”称号", "Industry") == []


def test_universities_a_city_government_signs_with_are_not_the_zones_partners(tmp_path):
    facts = facts_of(tmp_path, "锦州高新区举办大会。会上，锦州市政府与中国医科大学、沈阳药科大学签订战略合作协议。")
    assert not any(p == "partnersWith" for s, p, o in facts)


def test_a_companys_legal_name_holding_a_zones_name():
    text = "仪式上，承德高新区管委会与北京中关村互联网文化创意产业园管理有限公司签署《合作协议书》"
    assert kinds(text, "Zone") == ["承德高新区"]
    assert kinds(text, "Enterprise") == ["北京中关村互联网文化创意产业园管理有限公司"]


def test_a_unit_belongs_to_the_nearest_institute_its_name_begins_with():
    registry = Registry()
    name = "中国科学院科技战略咨询研究院中国高新区研究中心"
    entity = registry.resolve(find_mentions(f"{name}发布榜单")[0], "x.txt")
    assert entity.parent == ("ResearchInstitute", "中国科学院科技战略咨询研究院")
    assert registry.get(entity.parent).parent == ("ResearchInstitute", "中国科学院")


def test_short_names_listed_beside_organisations_are_companies():
    text = "绵阳高新区充分整合长虹、九洲、中国工程物理研究院、西南科技大学等创新资源"
    assert kinds(text, "Enterprise") == ["长虹", "九洲"]
    text = "由漳州高新区管委会、漳州城投集团、兴证资本、零度资本主办的招商推介会"
    assert kinds(text, "Enterprise") == ["漳州城投集团", "兴证资本", "零度资本"]
    # a list of sectors beside a weak brand-like item vouches for nothing
    text = "重点发展工业机器人、特种机器人、高端数控机床、增材制造装备、海洋工程装备等智能制造装备"
    assert "高端数控机床" not in kinds(text, "Enterprise")
    # a count of companies inside what follows the list: 等辖区内6家…重点企业
    text = "带动明泰微电子、长川科技、晶益通等辖区内6家电子信息行业重点企业与电子科大强化校地合作"
    assert kinds(text, "Enterprise") == ["明泰微电子", "长川科技", "晶益通"]


def test_fields_joined_inside_a_units_name():
    text = "通过与中科院宁波材料技术与工程研究所、合肥工业大学开展深度产学研合作"
    assert kinds(text, "ResearchInstitute") == ["中科院宁波材料技术与工程研究所", "合肥工业大学"]
    assert kinds("武汉理工大学船海与能源动力工程学院副院长介绍了", "ResearchInstitute") == ["武汉理工大学船海与能源动力工程学院"]
    assert kinds("11月2日,化学与精细化工广东省实验室园区正式启用", "ResearchInstitute") == ["化学与精细化工广东省实验室"]
    # an actor or a name of its own before the joiner, or a kind of body after it: two parties
    assert kinds("华为与北京大学共建实验室", "ResearchInstitute") == ["北京大学"]
    assert kinds("，政府与清华大学合作", "ResearchInstitute") == ["清华大学"]
    assert kinds("，加强与国家实验室合作", "ResearchInstitute") == []


def test_the_first_project_of_a_list_starts_after_the_last_verb_before_it():
    text = "截至目前已落户东山精密、长盈精密、康佳电子、悦虎晶芯等特重大项目120多个"
    assert kinds(text, "Enterprise") == ["东山精密", "长盈精密", "康佳电子", "悦虎晶芯"]


def test_a_cluster_named_after_its_zone_names_its_sector(tmp_path):
    text = "孝感市“孝感高新区高端纸基材料创新型产业集群”成功入选拟认定名单。"
    facts = facts_of(tmp_path, text)
    assert ("孝感高新技术产业开发区", "hasCluster", "孝感高新区高端纸基材料产业集群") in facts
    assert ("孝感高新区高端纸基材料产业集群", "clusterIndustry", "高端纸基材料") in facts
    assert kinds("孝感高新区打造新材料产业集群", "Industry") == ["新材料产业"]  # a verb between: no name


def test_a_one_character_word_inside_a_legal_name_does_not_cut_it():
    text = "促进重庆龙润汽车转向器有限公司与德国大陆电子通过合资合作等方式"
    assert kinds(text, "Enterprise")[0] == "重庆龙润汽车转向器有限公司"  # 向 is a word of its own elsewhere


def test_plants_listed_by_their_companies():
    text = "近年来，璧山区加大支持新技术发展力度，推进众泰新能源汽车生产基地、得润电子产业园、产业新城建设；"
    assert kinds(text, "Enterprise") == ["众泰", "得润电子"]
    text = "成为国内规模最大的钛原料供应基地、钛白粉生产基地、钛金属生产基地，拥有铁路货场4个"
    assert kinds(text, "Enterprise") == []  # bases of products: no company shows among them


def test_a_legal_name_ending_in_a_word_companies_name_themselves_after():
    text = "；天津海泰科技发展股份有限公司董事长刘超介绍了公司有关情况"
    assert kinds(text, "Enterprise") == ["天津海泰科技发展股份有限公司"]
    assert kinds("分别向华为、中兴等通信公司供货。", "Enterprise") == ["华为", "中兴"]  # a kind of company


def test_a_list_opening_after_the_cut_end_of_a_word_and_a_joiner():
    text = "形成了先进装备制造、新一代信息技术等产业聚集区和新材料、生物医药健康、现代服务业等优势产业集群"
    assert "新材料产业集群" in [m.name for m in find_mentions(text) if m.kind == "IndustrialCluster"]
    assert "区和新材料" not in kinds(text, "Industry")


def test_a_cluster_named_after_another_place_is_that_places(tmp_path):
    text = ("新乡高新区获批。科技部火炬中心发布通知，许昌智能电力装备制造创新型产业集群和新乡高新区生物医药创新型产业集群入选。")
    facts = facts_of(tmp_path, text)
    assert ("许昌智能电力装备制造产业集群", "clusterIndustry", "智能电力装备制造") in facts
    assert ("新乡高新技术产业开发区", "hasCluster", "新乡高新区生物医药产业集群") in facts
    assert not any(o.startswith("新乡高新区智能电力") or o == "智能电力装备制造" for s, p, o in facts if s == "新乡高新技术产业开发区")
    facts = facts_of(tmp_path, "孝感高新区获批。“汉川经开区现代纺织服装创新型产业集群”成功入选拟认定名单。")
    assert ("汉川经开区现代纺织服装产业集群", "clusterIndustry", "现代纺织服装") in facts
    assert not any(s == "孝感高新技术产业开发区" and o.endswith("纺织服装产业集群") for s, p, o in facts)


def test_a_notice_named_in_quotes_by_its_title(tmp_path):
    text = "近日，科技部火炬中心发布“关于开展2021年度创新型产业集群试点（培育）的通知”，新乡高新区生物医药创新型产业集群入选。"
    facts = facts_of(tmp_path, text)
    assert ("关于开展2021年度创新型产业集群试点（培育）的通知", "issuedBy", "科技部火炬中心") in facts
    assert kinds("他说：“关于这件事，大家的意见很多。”", "Policy") == []  # a quoted remark is no title


def test_a_zone_approved_for_a_cluster_of_a_sector_no_taxonomy_holds(tmp_path):
    facts = facts_of(tmp_path, "今年，长春高新区获批生物药品制品制造创新型产业集群，发展势头良好。")
    assert ("长春高新技术产业开发区", "hasCluster", "长春高新区生物药品制品制造产业集群") in facts


def test_companies_leading_a_chain_or_set_off_by_a_dash():
    assert kinds("以爱地高分子、呈瑞粉末冶金为骨干企业的新材料产业链", "Enterprise") == ["爱地高分子", "呈瑞粉末冶金"]
    text = ("先后吸引了全国特种车行业首家上市公司——迪马、应急储能电池领域龙头——泽塔电源、"
            "消防应急照明灯具全国市场占有率前三企业——东君照明等优质企业争相进驻")
    assert kinds(text, "Enterprise") == ["迪马", "泽塔电源", "东君照明"]
    # works listed as leading nothing: no 企业 after them
    assert kinds("以路网绿化、街道美化、灯光亮化为重点", "Enterprise") == []


def test_a_unit_named_after_a_company_in_latin_letters_is_the_companys():
    registry = Registry()
    mentions = [m for m in find_mentions("吸引了Intel研发中心、GE创新中心等世界500强研发机构") if m.kind == "ResearchInstitute"]
    units = [registry.resolve(m, "x.txt") for m in mentions]
    assert [u.parent for u in units] == [("Enterprise", "Intel"), ("Enterprise", "GE")]


def test_a_unit_named_after_a_group_is_the_groups():
    registry = Registry()
    mention = next(m for m in find_mentions("已经有中国航天集团第七研究所与阜新环宇合作") if m.kind == "ResearchInstitute")
    assert registry.resolve(mention, "x.txt").parent == ("Enterprise", "中国航天集团")


def test_an_institute_like_name_before_a_place_and_a_legal_ending_is_a_company():
    text = "环保厅副厅长吕竹青为京津冀中关村智慧环境产业研究院承德有限公司揭牌"
    assert kinds(text, "Enterprise") == ["京津冀中关村智慧环境产业研究院承德有限公司"]
    assert kinds(text, "ResearchInstitute") == []
    assert kinds("图片新闻衢州学院举行签约仪式", "ResearchInstitute") == ["衢州学院"]  # a page's caption head


def test_a_place_before_a_country_opening_an_institutes_name():
    text = "并与汕头大学、中山大学、广东以色列理工学院等单位建立合作机制"
    assert kinds(text, "ResearchInstitute")[-1] == "广东以色列理工学院"


def test_a_known_company_and_a_university_joined_by_he_are_two_parties():
    text = "依托中船重工、中海油和广东海洋大学等单位共同建设"
    assert kinds(text, "ResearchInstitute") == ["广东海洋大学"]
    assert "中海油" in kinds(text, "Enterprise")


def test_a_zones_sector_awarded_a_cluster_title(tmp_path):
    facts = facts_of(tmp_path, "郴州高新区有色金属新材料获评国家级创新型产业集群。")
    assert ("郴州高新技术产业开发区", "hasCluster", "郴州高新区有色金属新材料产业集群") in facts
    assert ("郴州高新区有色金属新材料产业集群", "clusterIndustry", "有色金属新材料") in facts


def test_a_branch_office_is_its_companys():
    registry = Registry()
    mention = next(m for m in find_mentions("长城汽车重庆分公司总经理介绍了工厂的情况") if m.kind == "Enterprise")
    assert mention.surface == "长城汽车重庆分公司"
    assert registry.resolve(mention, "x.txt").parent == ("Enterprise", "长城汽车股份有限公司")  # data/enterprise_brands.csv


def test_stations_and_engineering_centres_of_institutes():
    text = ("累计引进中国农业科学院作物耐盐碱基因研究与遗传改良试验站、中国林科院辽东湾综合试验中心等研发机构；"
            "促成金氟龙公司与北京联合大学生化学院组建北京联合大学新材料工程中心")
    found = kinds(text, "ResearchInstitute")
    assert "中国农业科学院作物耐盐碱基因研究与遗传改良试验站" in found and "中国林科院辽东湾综合试验中心" in found
    assert "北京联合大学新材料工程中心" in found  # 联合 is the university's own word here
    assert kinds("充分发挥大学的作用", "ResearchInstitute") == []


def test_quoted_measures_counted_by_articles_with_a_longer_name():
    text = "临沂高新区出台“高质量发展十条”“支持民营经济发展28条”等惠企政策"
    assert kinds(text, "Policy") == ["“高质量发展十条”", "“支持民营经济发展28条”"]


def test_the_sector_of_a_chain_a_company_leads():
    text = "园区重点培养了以湖南白银为龙头的稀贵金属精深加工产业链、以中钨高新为龙头的硬质合金新材料产业链等4大产业链。"
    found = kinds(text, "Industry")
    assert "稀贵金属精深加工" in found and "硬质合金新材料" in found


def test_products_beside_a_product_like_name_are_no_companies():
    text = "仪式上，院士团队成果转化基地揭牌，智能导钻装备、节点地震仪、高端镀膜设备、磁性铁蛋白、氩离子抛光机、思珂地质勘查6个"
    assert "节点地震仪" not in kinds(text, "Enterprise")


def test_a_metal_and_its_alloys_is_one_sector():
    text = "推动钛及钛合金、汽车及零部件、高端装备制造三大特色优势产业集群化、高质量发展。"
    assert "钛及钛合金" in kinds(text, "Industry")


def test_a_universitys_short_name_beside_universities_is_no_company():
    text = "海东园区将主要依托中海油等央企项目和广东海洋大学、广东医科大等高校"
    assert "广东医科大" not in kinds(text, "Enterprise")


def test_growing_as_clusters_names_no_cluster_but_a_counted_head_names_sectors(tmp_path):
    facts = facts_of(tmp_path, "宝鸡高新区推动钛及钛合金、汽车及零部件、高端装备制造三大特色优势产业集群化、高质量发展。")
    assert not any(p == "hasCluster" for s, p, o in facts)  # 集群化: a way of growing
    industries = {o for s, p, o in facts if p == "hasIndustry"}
    assert {"钛及钛合金", "汽车", "高端装备制造"} <= industries


def test_a_grade_given_to_a_cluster_is_no_part_of_its_sector():
    assert kinds("玉溪高新区新能源电池产业集群成功申报为省级成长型先进制造业集群。", "Industry")[-1] == "先进制造业"


def test_a_quoted_code_spelled_out_as_sectors(tmp_path):
    text = ("楚雄高新区以“2主3辅”的主导产业体系定位的发展思路，引入优秀企业，“2主”即生物医药、新材料，"
            "“3辅”即绿色食品、绿色化工、现代服务业。")
    industries = {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    assert {"生物医药", "新材料", "食品饮料", "绿色化工", "现代服务业"} <= industries  # 绿色食品: a label of 食品饮料


def test_a_company_at_the_core_of_a_chain_or_park():
    text = "绿色食品产业打造了以摩尔农庄为核心的植物蛋白产业园，新材料产业正在打造以滇中有色为核心的绿色铜材加工产业链"
    assert kinds(text, "Enterprise") == ["摩尔农庄", "滇中有色"]
    assert kinds("以龙芯国产化CPU生态为核心，引入了联想开天等12个项目", "Enterprise") == ["联想开天"]


def test_one_company_named_after_the_kind_of_company_it_is():
    assert kinds("当地引进国产头部设备制造商中微半导体，打造MOCVD设备", "Enterprise") == ["中微半导体"]
    assert kinds("将重点培育一批上市企业后备库", "Enterprise") == []


def test_companies_listed_before_a_described_kind_or_shortlisted():
    text = "啄木鸟、优利特等一批科技含量高、竞争力强的骨干企业不断成长壮大；三金药业入围广西企业100强"
    assert kinds(text, "Enterprise") == ["啄木鸟", "优利特", "三金药业"]


def test_a_universitys_national_centre_and_things_joined_by_yu():
    assert kinds("依托南昌大学国家硅基LED工程技术研究中心，", "ResearchInstitute") == ["南昌大学国家硅基LED工程技术研究中心"]
    assert kinds("专家团队深入企业生产车间与实验室，详细了解", "ResearchInstitute") == []
    assert kinds("协调中国石油大学等高校", "ResearchInstitute") == ["中国石油大学"]


def test_verbs_before_a_sector_or_a_slogan_name_no_company():
    assert kinds("保定高新区抢抓新能源发展机遇", "Enterprise") == []
    assert kinds("为白银高新区高质量发展注入新动力", "Enterprise") == []


def test_people_and_verbs_before_an_institute_are_no_part_of_its_name():
    text = "郴州高新区党工委副书记、管委会主任曹志宏与湘南学院党委副书记座谈"
    assert kinds(text, "ResearchInstitute") == ["湘南学院"]
    assert kinds("党工委书记王卫东诚挚感谢湘南学院对郴州高新区的支持", "ResearchInstitute") == ["湘南学院"]
    assert kinds("签约仪式于湘南学院举行", "ResearchInstitute") == ["湘南学院"]
    assert kinds("辖区金堆城钼业集团有限公司、陕西中联西部土方机械有限公司获评", "Enterprise")[0] == "金堆城钼业集团有限公司"
    assert "中国纺织" not in kinds("先后获得多项称号，并列入中国纺织产业集群试点地区", "Industry")


def test_a_listed_company_is_named_without_its_country():
    mentions = [m for m in find_mentions("并引进了加拿大麦格纳、美国李尔等近百家零部件企业") if m.kind == "Enterprise"]
    assert [(m.surface, m.name) for m in mentions] == [("加拿大麦格纳", "麦格纳"), ("美国李尔", "李尔")]


def test_clusters_listed_under_a_high_tech_head(tmp_path):
    facts = facts_of(tmp_path, "燕郊高新区积极培育电子信息、高端制造、生物医药、光伏能源等高科技产业集群。")
    assert len({o for s, p, o in facts if p == "hasCluster"}) == 4


def test_a_verbs_particle_is_no_part_of_a_listed_sector():
    text = "在此基础上，该高新区重点布局了现代纺织、再生资源、高端装备制造等产业"
    assert kinds(text, "Industry")[0] == "现代纺织"


def test_sectors_listed_as_the_main_ones_of_a_system():
    text = ("银川高新区规划形成了再生资源回收集散、再生有色金属资源化利用、电子废弃物资源化利用、报废汽车拆解再利用、"
            "再生非金属资源化利用和陆港物流产业为主的“5+1”循环经济产业体系")
    found = kinds(text, "Industry")
    assert "再生资源回收集散" in found and "报废汽车拆解再利用" in found


def test_an_institute_named_again_without_its_city_is_the_same_node(tmp_path):
    text = "3月1日，景德镇陶瓷大学与景德镇高新区签订校地合作协议。会上，陶瓷大学介绍了科研成果。"
    partners = {o for s, p, o in facts_of(tmp_path, text) if p == "partnersWith"}
    assert partners == {"景德镇陶瓷大学"}


def test_a_sector_naming_the_zones_counted_firms_or_area(tmp_path):
    facts = facts_of(tmp_path, "泸州高新区项目正加紧建设，12家数字经济企业已入驻众创中心。")
    assert ("泸州高新技术产业开发区", "hasIndustry", "数字经济") in facts
    facts = facts_of(tmp_path, "扬州高新区建成各类联合创新平台15个，初步形成生物医药创新研发集聚区。")
    assert ("扬州高新技术产业开发区", "hasIndustry", "生物医药") in facts
    facts = facts_of(tmp_path, "宜春丰城高新区积极与国外先进制造业企业对接，提高承接国际先进技术转移能力。")
    assert not any(p == "hasIndustry" for s, p, o in facts)  # foreign firms the zone talks to


def test_companies_in_quotes_or_headed_as_investment_targets_and_laws():
    text = "累计引进世界500强企业“辉瑞制药”、医药工业百强企业“齐都药业”“迪沙药业”等"
    assert kinds(text, "Enterprise") == ["辉瑞制药", "齐都药业", "迪沙药业"]
    assert kinds("推动企业“机器换人”，鼓励企业“走出去”", "Enterprise") == []  # slogans
    text = "乌鲁木齐高新区重点招商引资企业鑫泰天然气、熙菱信息、汇嘉时代，实现主板挂牌上市。"
    assert kinds(text, "Enterprise") == ["鑫泰天然气", "熙菱信息", "汇嘉时代"]
    assert kinds("旨在贯彻落实《中华人民共和国促进科技成果转化法》", "Policy") == ["《中华人民共和国促进科技成果转化法》"]


def test_sectors_a_zone_leans_on_and_companies_it_keys_on():
    text = "以新能源、新材料、现代服务业三大产业为主导，以生物与新医药、文化创意旅游、大数据产业为侧重，"
    found = kinds(text, "Industry")
    assert "生物与新医药" in found and "文化创意旅游" in found
    text = "新乡高新区更是形成了以华兰生物、海滨药业、佐今明等为重点的生命科学和生物技术产业集群。"
    assert "佐今明" not in kinds(text, "Industry")


def test_sectors_the_taxonomy_gained_from_held_out_pages():
    names = {m.name for m in find_mentions("重点发展LED、光通信、汽车电子、增材制造、超导、绿色化工、现代农业等产业") if m.kind == "Industry"}
    assert {"LED", "光通信", "汽车电子", "增材制造", "超导", "绿色化工", "现代农业"} <= names
    assert {m.name for m in find_mentions("发展冷链物流和网络空间安全产业") if m.kind == "Industry"} == {"现代物流", "网络安全"}
    assert {m.name for m in find_mentions("重点发展通航、航空工业和现代种业") if m.kind == "Industry"} == {"通用航空", "航空制造", "现代种业"}


def test_a_sector_written_with_chanye_is_also_named_without_it():
    registry = Registry()
    mention = next(m for m in find_mentions("打造万亿生命健康产业集群") if m.kind == "Industry")
    entity = registry.resolve(mention, "x.txt")
    assert {"生命健康产业", "生命健康"} <= entity.forms  # the sector's name as the guidelines write it


def test_zones_listed_by_city_before_a_rank_or_a_qualified_count():
    assert kinds("成为继福州、厦门、泉州之后的全省第四家国家级高新区。", "Zone")[:1] == ["福州"]
    assert kinds("荣昌还与永川、泸州、内江就建立四个毗邻国家高新区产业联盟", "Zone")[:2] == ["永川", "泸州"]


def test_companies_leading_a_park_and_a_guidance_policy():
    text = "一是汽车及零部件产业园，以青年汽车、五岳重汽、东岳重工为龙头，打造汽车产业基地"
    assert kinds(text, "Enterprise") == ["青年汽车", "五岳重汽", "东岳重工"]
    assert kinds("以千亿级智能制造产业、百亿级生命健康产业为龙头", "Enterprise") == []  # sectors
    assert kinds("听取开发区建设情况，深入新本科技集团有限公司调研", "Enterprise") == ["新本科技集团有限公司"]
    assert kinds("依据科技部《创新型产业集群评价指引（试行）》，", "Policy") == ["《创新型产业集群评价指引（试行）》"]


def test_sectors_a_zone_breaks_through_in_or_supports(tmp_path):
    # a traditional-script 科技日报 page: 重点突破 and 扶持 present what follows as the park's sectors
    facts = facts_of(tmp_path, "海口高新區負責人介紹。美安醫藥健康産業園將以大健康産業為方向，優化發展化學制藥，重點突破醫療器械，積極扶持生物制藥。")
    sectors = {o for s, p, o in facts if p == "hasIndustry"}
    assert {"医疗器械", "生物制药"} <= sectors
    # a breakthrough the zone's firms made is not a sector of it
    facts = facts_of(tmp_path, "武进高新区介绍，固高力争用5—10年实现自主知识产权高端制造装备的新突破。")
    assert not any(p == "hasIndustry" for s, p, o in facts)


def test_a_name_does_not_open_with_a_particle():
    # 的 left at the start by a cut, 着 after a verb: neither opens a company's name
    assert kinds("这座电站由中国科学院大连化学物理研究所提供技术支撑,大连高新区的融科储能技术发展有限公司负责", "Enterprise") == ["融科储能技术发展有限公司"]
    assert kinds("而云飞路上则聚集着国盾量子、国仪量子、本源量子等企业", "Enterprise")[:2] == ["国盾量子", "国仪量子"]
    # a 的 further in is a possessive: the company is before it
    assert "新产投" in kinds("随着新产投的聚碳酸酯、中飞石化150万吨烷烃综合利用等一批重点项目投产", "Enterprise")


def test_a_zone_gathering_a_company_does_not_own_it():
    found = kinds("目前,宝鸡高新区聚集了宝钛集团为首的以钛及钛合金材料为主的科研、生产加工、贸易企业500余家", "Enterprise")
    assert "宝钛集团" in found and not any(name.startswith("宝鸡高新区") for name in found)


def test_a_joint_institute_named_after_two_universities(tmp_path):
    text = "珠海高新区拥有北京师范大学-香港浸会大学联合国际学院、北京理工大学珠海学院等高校。"
    assert kinds(text, "ResearchInstitute") == ["北京师范大学-香港浸会大学联合国际学院", "北京理工大学珠海学院"]
    facts = facts_of(tmp_path, text)
    assert ("珠海高新技术产业开发区", "partnersWith", "北京师范大学-香港浸会大学联合国际学院") in facts
    assert ("北京师范大学-香港浸会大学联合国际学院", "subOrganizationOf", "北京师范大学") in facts
    assert not any(o in ("北京师范大学", "香港浸会大学") for s, p, o in facts if p == "partnersWith")
    # a zone after the dash is no second founder: the centre is the university's, built with the zone
    text = "镇江高新区与武汉理工大学—镇江高新区船舶海工与高端装备联合创新中心签约"
    assert ("武汉理工大学—镇江高新区船舶海工与高端装备联合创新中心", "subOrganizationOf", "武汉理工大学") in facts_of(tmp_path, text)


def test_verbs_and_our_district_before_a_name_are_not_part_of_it():
    assert kinds("包头稀土高新区组织牛津大学专家团队参加对接会", "ResearchInstitute") == ["牛津大学"]
    assert kinds("湘潭高新区借助湖南工程学院的人才优势", "ResearchInstitute") == ["湖南工程学院"]
    assert kinds("我区山东春光磁电科技有限公司牵头建设的创新中心被评定为优秀", "Enterprise") == ["山东春光磁电科技有限公司"]


def test_countries_listed_as_suppliers_origins_are_not_companies():
    assert kinds("带动上下游产业700多家企业,吸引来自美国、法国、德国等国的供应商。", "Enterprise") == []


def test_a_year_before_a_name_is_not_part_of_it():
    # a year's designation of a province is a programme, not a body
    assert kinds("山东省科技厅网站公示了2023年度山东省技术创新中心绩效评价结果", "ResearchInstitute") == []
    assert kinds("省发改委举办2017年湖北省工程研究中心(工程实验室)授牌仪式", "ResearchInstitute") == []
    # an institute named after a year is that institute
    assert kinds("2019年中国科学院大连化学物理研究所与大连高新区签约", "ResearchInstitute") == ["中国科学院大连化学物理研究所"]


def test_a_brand_name_before_tongguo_or_yongyou_is_a_company():
    assert "川铁电气" in kinds("形成总部经济效应；川铁电气通过收购法国ADETEL公司超级电容技术，引入法国专家团队", "Enterprise")


def test_fields_listed_before_projects_are_not_investors():
    text = "力争在高端装备制造、金属新材料、医疗、先进环保产业等领域促进优质项目引入并实现产业化"
    assert kinds(text, "Enterprise") == []
    # a list said to be projects still names their investors
    assert "香港三润" in kinds("聚集了浪潮、世纪联合、联东U谷、香港三润等19个产业化项目", "Enterprise")
    found = kinds("化工新材料产业聚集了总投资320亿元的宁德时代邦普、总投资120亿元的欣旺达东风、总投资150亿元的宜化转型升级等重点产业项目", "Enterprise")
    assert {"宁德时代邦普", "欣旺达东风"} <= set(found)


def test_a_list_of_projects_and_companies_names_the_companies_running_them():
    found = kinds("特别要抓好康宝生物疫苗、单层石墨烯、北斗数据中心、玻璃LED、北京易捷大数据等高科技项目和企业。", "Enterprise")
    assert {"康宝生物", "北京易捷"} <= set(found)
    assert not {"康宝生物疫苗", "北京易捷大数据", "单层石墨烯", "北斗数据中心", "玻璃LED"} & set(found)


def test_a_legal_name_does_not_reach_back_past_another_or_a_project():
    text = "在新疆骆甘霖生物有限公司特色乳加工产业园项目和新疆国经事业新发展股份有限公司年产5.2万吨番茄制品项目施工现场"
    assert kinds(text, "Enterprise") == ["新疆骆甘霖生物有限公司", "新疆国经事业新发展股份有限公司"]


def test_counted_firms_from_another_zone_do_not_move_the_topic(tmp_path):
    text = ("记者日前了解到，石家庄高新区由第32位大幅跃升至第15位。目前，已引进15家中关村互联网企业落户。"
            "此外，高新区还吸引了来自北京的大唐电信移动互联孵化基地石家庄云高网络科技有限公司。并引进了实力强大的北京旷烨集团。")
    facts = facts_of(tmp_path, text)
    hosted = {(s, o) for s, p, o in facts if p == "hostsEnterprise"}
    assert ("石家庄高新技术产业开发区", "北京旷烨集团") in hosted
    assert ("石家庄高新技术产业开发区", "石家庄云高网络科技有限公司") in hosted
    assert not any(s == "中关村科技园区" for s, o in hosted)


def test_sectors_listed_before_a_coded_cluster_name_are_clusters(tmp_path):
    facts = facts_of(tmp_path, "近年来，南昌高新区形成电子信息、航空制造、数字经济、医药健康、新材料“2+1+2”产业集群，以项目建设为支点。")
    clusters = {o for s, p, o in facts if p == "hasCluster"}
    assert clusters == {f"南昌高新区{x}产业集群" for x in ("电子信息", "航空制造", "数字经济", "医药健康", "新材料")}


def test_a_bracket_saying_what_an_institute_holds_is_not_its_name():
    assert kinds("重点建设辽阳芳烃技术研究院（含分析检测平台）等平台", "ResearchInstitute") == ["辽阳芳烃技术研究院"]


def test_branch_campuses_and_technology_transfer_centres_are_institutes(tmp_path):
    assert kinds("辽阳高新区与沈阳工业大学辽阳分校签署协议", "ResearchInstitute") == ["沈阳工业大学辽阳分校"]
    found = kinds("推进吉林大学南校区扩区、吉大科技园、吉林大学长春技术转移中心等项目", "ResearchInstitute")
    assert found == ["吉林大学南校区", "吉林大学长春技术转移中心"]
    facts = facts_of(tmp_path, "长春高新区推进吉林大学南校区扩区、吉林大学长春技术转移中心建设。")
    assert ("吉林大学长春技术转移中心", "subOrganizationOf", "吉林大学") in facts


def test_sectors_each_followed_by_what_is_done_to_them(tmp_path):
    facts = facts_of(tmp_path, "潜江高新区着力构建现代化产业体系，推动传统化工裂变延伸、光电材料聚链成群、新型储能抢滩布局、纺织服装特色转型，打造千亿化工特色产业集群。")
    sectors = {o for s, p, o in facts if p == "hasIndustry"}
    assert {"储能", "纺织服装"} <= sectors


def test_sectors_a_zone_focuses_on_are_not_brand_names():
    assert kinds("要坚持发展特色优势产业，聚焦铝基新材料、输变电装备制造、新能源", "Enterprise") == []
    # a company named with a sector's word after another verb stays a company
    assert "华峰新材料" in kinds("园区引进了华峰新材料、恒力石化等龙头企业", "Enterprise")


def test_the_zones_firms_working_with_universities_make_them_partners(tmp_path):
    facts = facts_of(tmp_path, "常德高新区通过联合研发等方式，园区50家企业与清华大学、中南大学、湖南大学等高校建立了长期产学研合作关系。")
    assert ("常德高新技术产业开发区", "partnersWith", "清华大学") in facts


def test_a_determiner_inside_a_name_is_the_names_own():
    found = kinds("而云飞路上则聚集着国盾量子、国仪量子、本源量子等一批以量子命名的高科技企业。", "Enterprise")
    assert found == ["国盾量子", "国仪量子", "本源量子"]
    assert kinds("本公司、该集团等企业", "Enterprise") == []


def test_a_zone_and_another_party_are_not_a_zone_owned_company():
    found = kinds("日前，唐山高新区与中国邮政集团有限公司河北省分公司正式签署项目合作协议。", "Enterprise")
    assert not any(name.startswith("唐山高新区") for name in found)


def test_a_groups_provincial_branch_office_is_one_company_under_the_group(tmp_path):
    text = "日前，唐山高新区与中国邮政集团有限公司河北省分公司正式签署项目合作协议。"
    assert kinds(text, "Enterprise") == ["中国邮政集团有限公司河北省分公司"]
    assert ("中国邮政集团有限公司河北省分公司", "subOrganizationOf", "中国邮政集团有限公司") in facts_of(tmp_path, text)


def test_one_company_brought_in_before_the_kind_of_firm_it_is():
    assert kinds("推进协同发展,引进开沃等整车企业,集聚零部件项目37个", "Enterprise") == ["开沃"]
    assert kinds("园区引进高端装备等企业,集聚零部件项目37个", "Enterprise") == []


def test_a_list_of_kinds_of_firm_names_no_company():
    text = "该产业园以新一代技术产业为主导力量,面向高端装备制造、生物医疗、光机电、新材料等符合高新区产业导向的企业"
    assert kinds(text, "Enterprise") == []
    # a list of named companies is still read, whatever else it holds
    assert kinds("园区集聚了潍柴动力、歌尔股份、浪潮集团等龙头企业", "Enterprise") == ["潍柴动力", "歌尔股份", "浪潮集团"]


def test_a_name_starts_after_queBao(tmp_path):
    hosted = _hosted(tmp_path, "常熟高新区将以产业转型为核心。瞄准引进产业链中高附加值的系统总成及核心零部件,做大做强优势产业,"
                               "确保三菱电机新能源驱动马达等24个重点项目尽快落实到位。")
    assert not any(name.startswith("确保") for name in hosted)


def test_sectors_listed_before_zhanxin_clusters_are_clusters(tmp_path):
    facts = facts_of(tmp_path, "淮南高新区聚焦产业升级，重点培育新能源汽车及零部件、新型显示、大数据等战新产业集群项目。")
    clusters = {o for s, p, o in facts if p == "hasCluster"}
    assert clusters == {"淮南高新区新能源汽车及零部件产业集群", "淮南高新区新型显示产业集群", "淮南高新区大数据产业集群"}
    # and heads a list of sectors as 战略性新兴产业 does: the unknown ones too
    facts = facts_of(tmp_path, "淮南高新区重点培育光电子、智能传感、算力服务等战新产业。")
    assert "算力服务" in {o for s, p, o in facts if p == "hasIndustry"}


def test_a_sector_and_a_verb_before_chanye_jiqun_name_no_cluster():
    found = find_mentions("这几年,昌吉高新区新材料产业打造产业集群,集聚发展新动能")
    assert not any(m.kind == "IndustrialCluster" for m in found)
    assert [m.name for m in found if m.kind == "Industry"] == ["新材料"]


def test_sectors_listed_before_a_count_and_xin_chanye_jiqun_are_clusters(tmp_path):
    facts = facts_of(tmp_path, "近年来,贵阳高新区培育先进装备制造业、中高端消费品制造、新能源产业、数字产业四大新产业集群。")
    clusters = {o for s, p, o in facts if p == "hasCluster"}
    assert {"贵阳高新区先进装备制造产业集群", "贵阳高新区中高端消费品制造产业集群", "贵阳高新区新能源产业集群"} <= clusters


def test_a_run_of_known_sector_names_is_the_zones_sectors_without_a_cue(tmp_path):
    facts = facts_of(tmp_path, "锦州高新区高新技术产业园演绎发展主题区。重点规划建设新能源、新材料、生物医药和电子信息等高新技术")
    assert {o for s, p, o in facts if p == "hasIndustry"} == {"新能源", "新材料", "生物医药", "电子信息"}
    facts = facts_of(tmp_path, "南昌高新区32个项目现场签约落户，工业类项目16个，涉及电子信息、人工智能、大数据、生物医药、新材料等。")
    assert {o for s, p, o in facts if p == "hasIndustry"} == {"电子信息", "人工智能", "大数据", "生物医药", "新材料"}
    # a run that holds anything else is no list of the zone's sectors, nor one of markets
    facts = facts_of(tmp_path, "厦门火炬高新区的联芯可以提供特色工艺技术，满足5G、物联网、人工智能等市场。")
    assert not any(p == "hasIndustry" for s, p, o in facts)
    facts = facts_of(tmp_path, "南昌高新区围绕科技金融、高端人才、人工智能、大数据等制定政策。")
    assert not any(p == "hasIndustry" for s, p, o in facts)


def test_a_verb_before_a_known_university_is_no_part_of_its_name():
    text = "以山东大学为依托，我们加快建设大学工研院，全面承接山东大学工科院系科技成果转化。"
    assert "全面承接山东大学" not in kinds(text, "ResearchInstitute")
    assert kinds("大学工研院，内设山东大学生物工程、晶体材料三大研究院", "ResearchInstitute").count("山东大学") == 1
    assert kinds("2020年国审新品种，就有西北农林科技大学培育的西农100", "ResearchInstitute") == ["西北农林科技大学"]
    # a place or an organisation before a known name makes a name of its own
    assert kinds("与西安电子科技大学签约", "ResearchInstitute") == ["西安电子科技大学"]
    assert kinds("与中国人民解放军国防科技大学合作", "ResearchInstitute") == ["中国人民解放军国防科技大学"]


def test_items_of_a_list_of_fields_are_no_companies():
    text = "联泰集群是京津冀国家技术创新中心自主培育的企业，是一家为气象预测、石油勘探、视频处理等领域提供超级算力技术支持和设备的公司。"
    assert kinds(text, "Enterprise") == []
    assert kinds("产业发展涉及数控装备、生物医药、新能源产品等十余个领域", "Enterprise") == []
    assert kinds("园区从企业落户审批、开工建设到投产提供全程跟踪服务", "Enterprise") == []
    # the companies of a field stay companies
    text = "新区现已集聚先声药业、绿叶思科等生命健康领域各类企业700余家"
    assert {"先声药业", "绿叶思科"} <= set(kinds(text, "Enterprise"))
    text = "已吸引了英特尔、戴尔、华为、富士康、联想、德州仪器等数10家相关领域的世界500强前来投资。"
    assert "联想" in kinds(text, "Enterprise")


def test_a_bare_zone_placed_by_its_district_is_the_citys_zone(tmp_path):
    text = "走进位于芜湖弋江区的高新区智能网联汽车小镇的奇瑞新能源研发中心，智能化研究院院长分享了一个好消息。"
    assert [(m.surface, m.name) for m in find_mentions(text) if m.kind == "Zone"] == [("芜湖弋江区的高新区", "芜湖高新技术产业开发区")]
    # and a year's end before a determiner opens no name: 2021年底|该智能化研究院
    assert kinds("据了解，2021年底该智能化研究院落地，次年即已实现量产。", "ResearchInstitute") == []


def test_verbs_before_names_found_on_unseen_pages():
    assert kinds("拓米国际有限公司将在成都建立拓米研究院，成立量子点等5个课题组", "ResearchInstitute") == ["拓米研究院"]
    assert kinds("依规整改，收回新能源研究中心、中国移动项目等闲置低效用地405亩", "ResearchInstitute") == ["新能源研究中心"]
    assert "湖北华中光电科技有限公司" in kinds("中国兵器工业集团旗下湖北华中光电科技有限公司落户孝感", "Enterprise")


def test_a_district_doubling_as_the_zone_is_the_citys_zone():
    text = "中国眼谷，由温州龙湾区（高新区）与温州医科大学附属眼视光医院合作共建，于2018年9月正式启动建设。"
    assert [(m.surface, m.name) for m in find_mentions(text) if m.kind == "Zone"] == [("温州龙湾区（高新区）", "温州高新技术产业开发区")]


def test_a_quoted_run_of_known_sectors_is_the_zones(tmp_path):
    facts = facts_of(tmp_path, "长春净月高新区着力打好‘现代农业、智能制造、文化创意’三张牌，做优一产、做大二产、做强三产。")
    assert {o for s, p, o in facts if p == "hasIndustry"} == {"现代农业", "智能制造", "文化创意"}


def test_a_clause_another_place_opens_gives_that_places_sectors(tmp_path):
    text = "淮南高新区举办专场发布会。发布会由淮南市人民政府主办，安徽省汽车行业协会协办。"
    assert not any(p == "hasIndustry" for s, p, o in facts_of(tmp_path, text))
    # the zone's own place name opening the clause is the zone (杨凌示范区: 杨凌)
    text = "杨凌示范区管委会副主任介绍，杨凌大力发展现代种业、生物医药等主导产业。"
    assert ("杨凌农业高新技术产业示范区", "hasIndustry", "现代种业") in facts_of(tmp_path, text)


def test_a_project_named_by_its_investor_and_a_phase_or_capacity(tmp_path):
    text = "目前产品出口率达80%以上；台达电子二期项目已建成投产；金旺铋业年产4000吨高纯铋项目投产后将新增产值。"
    assert {"台达电子", "金旺铋业"} <= set(kinds(text, "Enterprise"))
    text = "记者赴潜江高新区采访，看到达诺尔年产30万吨超纯电子化学品项目等重大工程正如火如荼地进行着；长飞光纤一期项目也在稳步推进。"
    assert ("潜江高新技术产业开发区", "hostsEnterprise", "长飞光纤光缆股份有限公司") in facts_of(tmp_path, text)  # 长飞光纤: data/enterprise_brands.csv
    assert "达诺尔" in kinds(text, "Enterprise")
    # a park, a building or a sector before the phase names no investor
    assert kinds("宁马创业谷二期项目开工，产业园二期项目、标准厂房一期工程同步推进", "Enterprise") == []


def test_categories_sectors_and_buildings_are_no_organisations(tmp_path):
    text = "瞄准有扩张意愿和能力、准备进行生产基地布局和转移的央企、大型企和外资企业发力。"
    assert "央企" not in kinds(text, "Enterprise")
    text = "镇江高新区坚持特色化发展，以船舶海工装备产业为龙头，大力培育新一代信息技术、数字创意等新兴产业。"
    assert kinds(text, "Enterprise") == []
    assert ("镇江高新技术产业开发区", "hasIndustry", "船舶海工装备") in facts_of(tmp_path, text)
    text = "科创平台汇聚了200多个高水平科研团队，全国重点实验室和辽宁实验室集结成群。"
    assert "全国重点实验室" not in kinds(text, "ResearchInstitute")
    text = "作物抗逆与高效生产、水土保持与荒漠化整治全国重点实验室完成重组"
    assert "水土保持与荒漠化整治全国重点实验室" in kinds(text, "ResearchInstitute")


def test_companies_representing_a_group_of_firms_not_named_as_companies():
    text = ("区内有以美国默克集团、汇仁药业、仁药药业、济民可信和3L医用制品为代表的药品和医疗器械生产群体，"
            "以及以汇仁营销、国药控股、赣药集团为代表的医药贸易销售群体。")
    assert {"默克集团", "汇仁药业", "仁药药业", "济民可信", "汇仁营销", "国药控股股份有限公司", "赣药集团"} <= {
        m.name for m in find_mentions(text) if m.kind == "Enterprise"}
    # sectors representing a group are no companies; 为龙头 needs no company ending (泰山玻纤)
    assert kinds("以新能源、新材料、生物医药为代表的新兴产业快速发展", "Enterprise") == []
    assert {"泰山玻纤", "华新墙体"} <= set(kinds("新材料产业园，以高新热电为依托，以泰山玻纤、华新墙体为龙头，建设特色产业基地", "Enterprise"))


def test_counted_chains_and_counted_clusters_described_before_their_head(tmp_path):
    text = ("近年来，赣县区（赣州高新区）锚定稀金首位产业，聚焦稀土、钨、钴镍锂和智能装备制造四条产业链，倾力打造了"
            "稀土新材料及应用、钨新材料及应用、锂电新能源材料及应用三大特色鲜明的产业集群。")
    facts = facts_of(tmp_path, text)
    assert {o for s, p, o in facts if p == "hasCluster"} == {
        "赣州高新区稀土新材料及应用产业集群", "赣州高新区钨新材料及应用产业集群", "赣州高新区锂电新能源材料及应用产业集群"}
    assert ("赣州高新技术产业开发区", "hasIndustry", "稀土新材料") in facts  # 稀土, of the four chains


def test_a_sectors_facility_is_no_sector_and_a_modifier_no_label(tmp_path):
    text = "昆山高新区围绕产业链部署创新链，充分发挥先进计算产业智库工作站、长三院等产业创新集群载体驱动作用。"
    assert "先进计算产业智库工作站" not in {o for s, p, o in facts_of(tmp_path, text)}
    text = "29个项目紧紧围绕智能网联及新能源汽车、微电子及第三代半导体、大数据及信息技术、节能环保及高端装备制造四大主导产业。"
    assert "智能网联及新能源汽车" in {m.name for m in find_mentions(text) if m.kind == "Industry"}


def test_a_rank_a_government_or_a_verb_before_gaoxinqu_is_no_zones_qualifier():
    assert kinds("济南高新区是山东省首个规范高新区", "Zone") == ["济南高新区"]
    assert kinds("龙岩市政府将高新区作为全市发展的主引擎", "Zone") == []
    assert kinds("四川省攀枝花市把攀枝花钒钛高新区作为关键载体", "Zone") == ["攀枝花钒钛高新区"]


def test_an_abbreviation_of_a_body_the_page_named_is_that_body(tmp_path):
    text = "辽阳高新区与沈阳工业大学辽阳分校签订合作协议。沈阳工大辽阳分校将为园区企业提供技术服务。"
    facts = facts_of(tmp_path, text)
    assert not any("沈阳工大辽阳分校" in (s, o) for s, p, o in facts)
    text = "鄂尔多斯高新区与清华大学互联网产业研究院签约。清华大学互联网研究院将在园区设立分支机构。"
    assert {o for s, p, o in facts_of(tmp_path, text) if p == "partnersWith"} == {"清华大学互联网产业研究院"}
    # not two universities, nor a body two named ones could shorten
    text = "镇江高新区与江苏科技大学合作，江苏大学也与镇江高新区共建研究院。"
    assert {o for s, p, o in facts_of(tmp_path, text) if p == "partnersWith"} == {"江苏科技大学", "江苏大学"}
    # (云南实验室 is the province's labs as a kind, as round 24's annotator read 等4个云南实验室: no body of its own either)
    text = "昆明高新区与云南贵金属实验室、云南特色植物提取实验室合作。昆明高新区的云南实验室体系不断完善。"
    partners = {o for s, p, o in facts_of(tmp_path, text) if p == "partnersWith"}
    assert partners == {"云南贵金属实验室", "云南特色植物提取实验室"}


def test_an_unknown_item_between_known_sectors_is_a_sector(tmp_path):
    # the shipped corpus (001): 能源 closes a list of sectors the taxonomy knows, before 等
    facts = facts_of(tmp_path, "合肥高新区将面向全球聚集创新资源，在量子信息、人工智能、能源等领域培育未来产业。")
    assert ("合肥高新技术产业开发区", "hasIndustry", "能源") in facts
    # an item between two 、 of a list of known sectors, and two joined by 和 before 等
    # (sentences written for this test, in the genre's way)
    facts = facts_of(tmp_path, "烟台高新区聚焦生物医药、海洋生物、新材料、生物农业和健康医疗等高端产业。")
    sectors = {o for s, p, o in facts if p == "hasIndustry"}
    assert {"海洋生物", "健康医疗"} <= sectors
    # a list closed by 等 ends there: what follows is another list (tasks), not sectors
    facts = facts_of(tmp_path, "南昌高新区推动航空制造、电子信息、新材料等主导产业结构优化、链条延长、总量做大。")
    assert not any(o in ("链条延长", "总量做大") for s, p, o in facts)
    # tasks and systems among sectors are no sectors
    facts = facts_of(tmp_path, "郑州高新区在信息技术、孵化培育体系、生物医药、社会事业、新材料等方面集聚了优势。")
    assert not any(o in ("孵化培育体系", "社会事业") for s, p, o in facts)


def test_a_zone_named_by_its_park_name_is_the_known_zone(tmp_path):
    # the zone data knows 大冶湖高新区; a page writing 大冶湖高新技术产业园区 names that zone, and its
    # clusters are named after it (a sentence written for this test, in the genre's way)
    facts = facts_of(tmp_path, "大冶湖高新技术产业园区已形成生命健康、现代服务业等产业集群。")
    assert ("黄石大冶湖高新技术产业开发区", "hasCluster", "黄石大冶湖高新区生命健康产业集群") in facts
    assert ("黄石大冶湖高新技术产业开发区", "hasCluster", "黄石大冶湖高新区现代服务业产业集群") in facts


def test_a_count_described_as_new_or_innovative_is_no_part_of_the_last_sector(tmp_path):
    # …高端装备制造三大创新产业集群, …数字产业四大新产业集群 (sentences written for this test)
    facts = facts_of(tmp_path, "宜昌高新区形成了化工新材料、生物医药、高端装备制造三大创新产业集群。")
    assert ("宜昌高新技术产业开发区", "hasCluster", "宜昌高新区高端装备制造产业集群") in facts
    facts = facts_of(tmp_path, "贵阳高新区培育先进装备制造业、新能源产业、数字产业三大新产业集群。")
    assert ("贵阳高新区数字产业集群", "clusterIndustry", "数字经济") in facts  # the taxonomy's concept


def test_a_quoted_source_is_no_partner_and_verbs_open_no_name(tmp_path):
    # sentences written for this test, in the genre's way
    facts = facts_of(tmp_path, "前瞻产业研究院资料显示，绵阳高新区初步形成了以电子信息为主导的产业集群。")
    assert not any(p == "partnersWith" for s, p, o in facts)
    assert kinds("杭州高新区要建好浙江大学滨江研究院，建设和运营鲲鹏创新中心。", "ResearchInstitute") == [
        "浙江大学滨江研究院", "鲲鹏创新中心"]


def test_an_academy_institute_by_its_usual_short_name(tmp_path):
    # data/institutes.csv gives 上海光机所; 中科院上海光机所 is derived (a sentence written for this test)
    facts = facts_of(tmp_path, "唐山高新区企业与上海光机所签约，并与中科院深圳先进院共建实验室。")
    assert ("唐山高新技术产业开发区", "partnersWith", "中国科学院上海光学精密机械研究所") in facts
    assert ("唐山高新技术产业开发区", "partnersWith", "中国科学院深圳先进技术研究院") in facts
    assert ("中国科学院上海光学精密机械研究所", "subOrganizationOf", "中国科学院") in facts


def test_a_universitys_institute_by_its_short_name():
    # 光电所 for 光电研究所 after its university; generic 院所 and counts are no institutes
    assert kinds("百川集团与南开大学现代光电所项目将于近期签约。", "ResearchInstitute") == ["南开大学现代光电所"]
    assert kinds("与山东大学等多所高校合作", "ResearchInstitute") == ["山东大学"]
    assert kinds("与中国计量大学等高校院所合作", "ResearchInstitute") == ["中国计量大学"]


def test_a_page_naming_no_zone_is_about_the_zone_of_its_city_or_plan(tmp_path):
    # pages written for this test, in the genre's way: a yearbook entry that says only 高新区
    facts = facts_of(tmp_path, "招商引资取得新进展\n2003年，高新区重点开展了以商招商。大庆双能高科技有限公司引进英国企业来高新区合作生产采暖设备；大庆三胜塑料制品有限公司建设塑编城。")
    assert ("大庆高新技术产业开发区", "hostsEnterprise", "大庆双能高科技有限公司") in facts
    # a page about a zone's plan, which names the zone in the plan's title only
    facts = facts_of(tmp_path, "近日，《泉州高新技术产业开发区主园区发展规划》出台。主园区拥有钧石能源、良机集团等多个高端项目。")
    assert ("泉州高新技术产业开发区", "hostsEnterprise", "钧石能源") in facts
    # a page naming two cities as often is about no zone
    facts = facts_of(tmp_path, "一行到高新区调研。本溪基地和鞍山基地重点实验室运行良好，辽宁开普医疗系统有限公司发展迅速。")
    assert not any(p == "hostsEnterprise" for s, p, o in facts)
    # but a page naming one city with a zone, once, and no other, is about that city's zone
    # (round 114, a zone item reposted without its outlet: 潍坊 once, the rest says 高新区)
    facts = facts_of(tmp_path, "高新区:大项目集群拉动区域产业加快发展\n动力装备产业是高新区的支柱产业，而潍柴集团在推动产业发展方面"
                     "无疑起着领军作用。潍柴国际配套产业园是潍坊打造国际动力城的重要支撑。与此同时，福田、盛瑞、华丰动力等企业"
                     "已纷纷快速成长为细分行业骨干。")
    assert ("潍坊高新技术产业开发区", "hostsEnterprise", "华丰动力") in facts


def test_a_legal_name_whose_business_is_enterprise_management():
    # 企业 opens names elsewhere, but 企业管理 is this company's business (a sentence written for this test)
    assert kinds("西安瑞硕企业管理有限公司、驭腾能源环保科技股份有限公司等24户企业参加签约。", "Enterprise") == [
        "西安瑞硕企业管理有限公司", "驭腾能源环保科技股份有限公司"]


def test_a_list_of_projects_named_by_their_sectors_names_no_investors():
    # sentences written for this test: sectors as projects, then investors as projects
    assert kinds("地理信息小镇涵盖了传感器、无人机、数据存储、遥感卫星数据应用等一批项目。", "Enterprise") == []
    assert kinds("加快建设深圳鸿海芯片封测、立德集成电路等重大项目。", "Enterprise") == ["深圳鸿海", "立德"]


def test_an_unknown_sector_keeps_the_form_the_text_wrote():
    from zonegraph.entities import Registry

    text = "贵阳高新区着力构筑以中高端制造、中高端服务业为重点的现代化产业体系。"  # written for this test
    registry = Registry()
    sectors = [registry.resolve(m, "doc.txt") for m in find_mentions(text) if m.kind == "Industry"]
    service = next(e for e in sectors if e.name == "中高端服务")
    assert "中高端服务业" in service.forms  # named without 业, as the taxonomy names sectors; written with it


def test_a_group_written_with_its_company_word_is_the_group():
    from zonegraph.entities import Registry

    registry = Registry()  # written for this test, in the genre's way
    found = [registry.resolve(m, "doc.txt") for m in find_mentions("华中光电产业园由中国兵器装备集团公司投资建设。") if m.kind == "Enterprise"]
    # the group's legal name, from data/enterprise_brands.csv; the forms written stay its forms
    assert [e.name for e in found] == ["中国兵器装备集团有限公司"] and "中国兵器装备集团公司" in found[0].forms


def test_a_unit_named_again_without_its_parent_is_the_same_unit(tmp_path):
    # written for this test, in the genre's way: the full name first, then the unit's own part
    facts = facts_of(tmp_path, "莫干山高新区与浙江工业大学共建浙江工业大学莫干山研究院。莫干山研究院已引进团队12个。")
    partners = {o for s, p, o in facts if p == "partnersWith"}
    assert "浙江工业大学莫干山研究院" in partners and "莫干山研究院" not in partners


def test_well_known_companies_by_their_short_names():
    # data/enterprise_brands.csv (sentences written for this test)
    assert kinds("在传感器龙头汉威科技身后，河南超八成传感器企业在此集聚。", "Enterprise") == ["汉威科技"]
    assert kinds("同时，引进纳博特斯克等世界知名企业。", "Enterprise") == ["纳博特斯克"]
    # a portal's page chrome names no company
    assert kinds("腾讯首页>新闻中心>正文", "Enterprise") == []


def test_a_short_brand_the_words_around_it_run_into_is_no_company():
    # 用友 in 使用友好, 广达 in 推广达到, 隆基 in 兴隆基地 (written for this test)
    assert kinds("我们使用友好的界面，推广达到新水平，兴隆基地建设加快。", "Enterprise") == []
    assert kinds("引进用友、金蝶等企业，隆基绿能落户。", "Enterprise") == ["用友", "金蝶", "隆基绿能"]


def test_a_code_spelled_out_with_plus_signs_names_sectors(tmp_path):
    # written for this test, in the genre's way
    facts = facts_of(tmp_path, "景德镇高新区明确“一航两新”产业发展方向，即“航空+新能源+新材料”。")
    assert {"新能源", "新材料"} <= {o for s, p, o in facts if p == "hasIndustry"}


def test_a_known_companys_china_arm_belongs_to_it(tmp_path):
    facts = facts_of(tmp_path, "威海高新区管委会负责人会见中国惠普有限公司代表。")  # written for this test
    assert ("中国惠普有限公司", "subOrganizationOf", "惠普") in facts


def test_a_foreign_university_with_its_country_and_a_parent_by_its_brand():
    from zonegraph.entities import Registry

    registry = Registry()  # sentences written for this test, in the genre's way
    found = [registry.resolve(m, "doc.txt") for m in find_mentions("宜昌高新区与美国斯坦福大学开展合作。") if m.kind == "ResearchInstitute"]
    assert [e.name for e in found] == ["斯坦福大学"] and "美国斯坦福大学" in found[0].forms
    unit = next(registry.resolve(m, "doc.txt") for m in find_mentions("东方电气（福建）创新研究院有限公司落户。") if m.kind == "Enterprise")
    assert "东方电气" in registry.get(unit.parent).forms  # the parent's form as the unit's name writes it


def test_a_listed_institute_joined_by_ji_with_longer_words():
    # written for this test: the words before 及 run to nine characters
    assert kinds("利用国家产业联盟、山东省软磁复合材料及应用创新中心等平台", "ResearchInstitute") == [
        "山东省软磁复合材料及应用创新中心"]


def test_a_sentence_about_several_counted_zones_is_about_none(tmp_path):
    # written for this test: the page is about 昆明高新区, a sentence about the province's seven zones
    text = "昆明高新区加快发展生物医药产业。截至2022年，云南7家高新区在新型疫苗、稀贵金属、新能源电池等领域形成较强竞争力。"
    sectors = {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    assert "生物医药" in sectors and not sectors & {"疫苗", "新能源电池", "稀贵金属"}
    # a rank is no count of zones: 江苏省第5家国家级高新区 is the page's own
    text = "中国医药城在江苏泰州揭牌，这是江苏省第5家国家级高新区，目标是在疫苗、生物制药等方面形成特色产业基地。"
    assert any(p == "hasIndustry" for s, p, o in facts_of(tmp_path, "泰州医药高新区加快建设。" + text))


def test_a_cluster_named_after_the_zones_head_sector(tmp_path):
    # written for this test: an unknown sector, named after 主导产业
    facts = facts_of(tmp_path, "目前，咸阳高新区的第一大主导产业电子显示产业集群已聚集40余户上下游配套企业。")
    assert ("咸阳高新技术产业开发区", "hasCluster", "咸阳高新区电子显示产业集群") in facts
    assert ("咸阳高新区电子显示产业集群", "clusterIndustry", "电子显示") in facts


def test_a_documents_own_title_line_and_a_letter_issued_by_two_ministries(tmp_path):
    # written for this test, in the genre's way
    facts = facts_of(tmp_path, "国务院关于同意宁波省级高新技术产业开发区升级为国家高新技术产业开发区的批复国函〔2007〕2号\n浙江省人民政府：同意宁波高新区升级。")
    # named from its 关于 (round 86: 中共黄冈市委黄冈市人民政府关于…的决定), the title with its issuer a form of it
    assert ("关于同意宁波省级高新技术产业开发区升级为国家高新技术产业开发区的批复", "issuedBy", "国务院") in facts
    facts = facts_of(tmp_path, "科技部、教育部于近日联合发布《关于批复未来产业科技园建设试点的函》，哈尔滨高新区入选。")
    issuers = {o for s, p, o in facts if p == "issuedBy"}
    assert issuers == {"科技部", "教育部"}


def test_clusters_counted_by_a_code_of_sums(tmp_path):
    # written for this test: “3+3” counts the six sectors named before it
    facts = facts_of(tmp_path, "乌鲁木齐高新区以智慧安防、新材料、现代服务业三大产业为主导，以生物与新医药、文化创意旅游、大数据产业为侧重，以发展“3+3”产业集群为目标。")
    clusters = {o for s, p, o in facts if p == "hasCluster"}
    assert len(clusters) == 6 and "乌鲁木齐高新区智慧安防产业集群" in clusters


def test_a_cluster_quoted_right_after_its_zone_is_that_zones(tmp_path):
    # written for this test: two zones, each with its cluster in quotes
    facts = facts_of(tmp_path, "近日，长春高新区“长春汽车电子创新型产业集群”和通化医药高新区“通化医药创新型产业集群”被科技部确定为试点。")
    assert ("通化医药高新技术产业开发区", "hasCluster", "通化医药高新区医药产业集群") in facts


def test_short_names_listed_as_what_became_leading_firms():
    # written for this test: the list is the subject of 成为…企业
    assert kinds("神威施普瑞、瑞药金方成为云南省新型中药饮片科研试点领军企业。", "Enterprise") == ["神威施普瑞", "瑞药金方"]
    assert kinds("生物医药、新材料成为全区支柱产业。", "Enterprise") == []


def test_a_sector_written_with_its_parts_is_one_sector_so_written():
    text = "常熟高新区坚持以汽车及核心零部件作为主导产业，推动新能源电池及材料发展。"  # written for this test
    sectors = [m for m in find_mentions(text) if m.kind == "Industry"]
    assert [m.surface for m in sectors] == ["汽车及核心零部件", "新能源电池及材料"]
    car = Registry().resolve(sectors[0], "doc.txt")
    assert car.name == "汽车" and "汽车及核心零部件" in car.forms  # the taxonomy's concept, the text's form
    # the parts' companies are companies: the sector is named without them
    assert kinds("引进新能源电池及材料企业12家。", "Industry") == ["新能源电池"]


def test_a_listed_sector_with_words_of_its_own_before_a_known_one():
    text = "昌吉高新区持续发展特色优势产业，聚焦铝基新材料、输变电装备制造、煤电化工等产业链。"  # written for this test
    assert kinds(text, "Industry")[:2] == ["铝基新材料", "输变电装备制造"]
    # a word that only places or grades the sector makes no narrower one
    assert "下游航空航天" not in kinds("加快培育下游航空航天、汽车及零部件等特色板块。", "Industry")


def test_a_run_of_sectors_with_one_the_taxonomy_does_not_know(tmp_path):
    # written for this test: three items, one of them (健康管理) no taxonomy label
    sectors = _industries(tmp_path, "安庆高新区的新兴产业发展迅速。包括生物医药、健康管理、生物农业。")
    assert {"生物医药", "生物农业"} <= sectors
    # a run of technologies is not one of sectors
    technologies = _industries(tmp_path, "芜湖高新区的小镇平台汇聚AI、通信、传感器、大数据等相关高精尖技术和研发人才。")
    assert not technologies & {"传感器", "大数据"}


def test_a_park_the_zone_builds_for_a_sector_names_its_sector(tmp_path):
    # written for this test: parks named by their sector alone, in the zone's list of parks
    sectors = _industries(tmp_path, "咸宁高新区已形成生命健康产业园、先进制造产业园、光电子信息产业园等特色园区。")
    assert {"大健康", "先进制造", "光电"} <= sectors  # the taxonomy's concepts of 生命健康 and 光电子信息
    # a company's park names the company's business
    assert "轨道交通" not in _industries(tmp_path, "武进高新区代表团参观了今创轨道交通产业园。")


def test_a_name_shaped_like_a_company_in_a_list_of_sectors_is_no_company():
    # written for this test: a brand-shaped item (…科技) among the fields of a list
    assert "海洋科技" not in kinds("园区以生物医药、海洋科技等为核心，打造特色产业。", "Enterprise")
    # unless the list says its items are firms or brands
    assert "三环方向机" in kinds("如今，咸宁高新区内新能源汽车、三环方向机等品牌响彻省内外。", "Enterprise")


def test_an_institutes_name_stops_at_the_adverb_and_joiner_before_it():
    # written for this test
    assert kinds("先后与德国慕尼黑新能源汽车研究院、中国科学院开展合作。", "ResearchInstitute")[0] == "德国慕尼黑新能源汽车研究院"
    # a kind of centre, described (这一…) or named by whose it is (院系, 校企), is no name
    assert kinds("推动浑南科技城这一区域性科技创新中心的建设。", "ResearchInstitute") == []
    assert kinds("围绕十强产业成立了6个院系研发中心、2个校企研发中心。", "ResearchInstitute") == []


def test_a_university_named_with_its_officers_two_titles_is_their_employer(tmp_path):
    facts = facts_of(tmp_path, "杨凌示范区举办推介会，西北农林科技大学党委常委、副校长房玉林出席。")  # written for this test
    assert not any(p == "partnersWith" for s, p, o in facts)


def test_companies_named_as_makers_and_as_the_next_representatives_of_a_chain():
    # written for this test
    assert "维信电子" in kinds("其中，维信电子生产的挠性板产量全球前三。", "Enterprise")
    assert kinds("其中，这款研发的产品销往全国。", "Enterprise") == []
    chain = "以丰田汽车零部件为代表的变速箱、科力美为代表的电池等产品。"
    assert "科力美" in kinds(chain, "Enterprise")
    assert not any(name.startswith("以") for name in kinds("形成以晨鸣为代表的造纸、以稳健医疗为代表的医疗。", "Enterprise"))


def test_a_compound_item_closing_a_list_before_its_quoted_name_stays_one_item(tmp_path):
    # written for this test: 永磁电机 is no label, but a joined item is one sector as written
    chains = _industries(tmp_path, "赣州高新区正围绕稀土新材料、钨精深加工、永磁电机及智能装备制造“三条产业链”推动项目。")
    assert "永磁电机及智能装备制造" in chains


def test_a_sector_park_in_a_list_of_other_facilities_or_after_a_clause_is_not_the_zones_sector(tmp_path):
    # written for this test
    facilities = _industries(tmp_path, "合肥高新区强化数字基础建设，构建中安创谷、大数据产业园、医疗健康大数据基地等。")
    assert "大数据" not in facilities
    clause = _industries(tmp_path, "共青城高新区纺织服装产业集群被列入重点产业集群，服装产业园聚集上下游企业500多家。")
    assert "服装" not in clause


def test_a_company_the_zone_signs_with_is_one_it_hosts(tmp_path):
    # written for this test: signing (签署) settles a company as 签约/签订 do
    facts = facts_of(tmp_path, "日前，唐山高新区与中国邮政集团有限公司河北省分公司正式签署物流园区项目合作协议。")
    assert ("唐山高新技术产业开发区", "hostsEnterprise", "中国邮政集团有限公司河北省分公司") in facts


def test_a_list_of_sectors_closed_by_its_frame_is_the_zones(tmp_path):
    # written for this test: the last item ends where 为龙头 closes the list, a middle one is joined by 及
    led = _industries(tmp_path, "吉安高新区产业主要以新型显示、电子元器件及配套部件、整机智能终端为龙头，双方将联合攻关。")
    assert {"新型显示", "智能终端"} <= led
    other = _industries(tmp_path, "吉安高新区围绕科技金融、高端人才、企业培育等方面制定政策。")
    assert "科技金融" not in other


def test_kinds_of_firm_honoured_beside_named_companies_are_no_companies():
    # written for this test: 网易 and 海康威视 vouch for the list, but its other items are kinds of firm
    text = "会上表彰了网易、海康威视等区内领军型集团企业、鲲鹏企业、优秀瞪羚企业以及银行、创投机构等优秀企业。"
    found = set(kinds(text, "Enterprise"))
    assert {"网易", "海康威视"} <= found or {"海康威视"} <= found
    assert not found & {"区内领军型集团", "鲲鹏企业", "优秀瞪羚企业", "创投机构"}


def test_a_legal_name_starts_after_a_word_that_is_never_part_of_one():
    # written for this test: a parent's 全资子公司, a caption's 生产线 and a 管委会 run into the name
    assert "芜湖华旺新材料科技有限公司" in kinds("该项目由杭州华旺新材料科技股份有限公司全资子公司芜湖华旺新材料科技有限公司投资建设。", "Enterprise")
    assert "桂林南药股份有限公司" in kinds("桂林优利特医疗电子有限公司生产线桂林南药股份有限公司生产线", "Enterprise")
    assert "厦门天马微电子股份有限公司" in kinds("天马公司与火炬高新区管委会厦门天马微电子股份有限公司外景。", "Enterprise")


def test_the_company_a_chain_is_represented_by_ends_before_its_deng():
    # written for this test: 以X等为代表 names X
    found = kinds("机械加工行业则以襄阳航特等为代表，形成完整的工业体系。", "Enterprise")
    assert "襄阳航特" in found and "襄阳航特等" not in found


def test_a_verb_before_a_head_of_sectors_is_no_sector(tmp_path):
    # written for this test: 引领 (主导产业集群能级跃升) leads the clusters, it is none of them
    facts = facts_of(tmp_path, "加快发展是重庆高新区把握机遇、引领主导产业集群能级跃升的必然要求。")
    assert not any(o.endswith("引领") or "引领产业集群" in o for s, p, o in facts)


def test_a_plans_actions_each_on_a_kind_of_thing_name_no_company():
    # written for this test: 一批 before every item makes them kinds, not names
    text = "今后三年，培育一批数字产业、做强一批优势企业、建设一批平台载体、输出一批智造供给方案和打造一批会展品牌。"
    assert kinds(text, "Enterprise") == []


def test_a_range_of_known_sectors_is_a_list_of_them(tmp_path):
    # written for this test: 从A到B、C runs over the zone's sectors
    ranged = _industries(tmp_path, "从集成电路到新一代信息技术、智能制造，烟台高新区在科技源头发力。")
    assert {"集成电路", "新一代信息技术", "智能制造"} <= ranged
    assert _industries(tmp_path, "从研发到生产、销售，烟台高新区全程服务。") == set()


def test_a_material_written_into_the_next_sectors_name_is_one_sector(tmp_path):
    # written for this test: 稀土 and 金属材料 are both labels; run together before 产业 they name one sector
    named = _industries(tmp_path, "包头稀土高新区是国内以稀土金属材料产业命名的国家高新区。")
    assert "稀土金属材料" in named and "金属材料" not in named
    peers = _industries(tmp_path, "包头稀土高新区重点发展新材料新能源产业。")
    assert "新材料新能源" not in peers


def test_a_sectors_one_company_named_as_what_it_mostly_is_or_as_its_example():
    # written for this test
    text = "新医药产业如华康药业产值显著，电子产业以东晶电子为主，出口量居全国前列。"
    assert {"华康药业", "东晶电子"} <= set(kinds(text, "Enterprise"))
    assert kinds("园区产业以新材料为主，兼顾生物医药。", "Enterprise") == []


def test_a_compound_last_item_before_the_lists_head_stays_one_sector(tmp_path):
    # written for this test: …、高效节能与环保的…支柱产业 ends the list with one joined item
    listed = _industries(tmp_path, "大庆高新区初步形成了电子信息、新材料、高效节能与环保的高新技术支柱产业群体。")
    assert "高效节能与环保" in listed and "高效节能" not in listed


def test_equipment_written_with_its_making_is_the_same_sector(tmp_path):
    # written for this test: 节能环保装备制造 is 节能环保装备's concept, written as the text wrote it
    led = _industries(tmp_path, "目前，自贡高新区形成了节能环保装备制造、新材料为主导的两大产业。")
    assert "节能环保装备" in led
    from zonegraph.mentions import find_mentions
    assert "节能环保装备制造" in [m.surface for m in find_mentions("形成了节能环保装备制造、新材料为主导的两大产业。")]
    # a known sector in a list read as one of sectors is the zone's, as the unknown items beside it are
    listed = _industries(tmp_path, "荣昌高新区汇集智能装备制造、食品医药、轻工陶瓷和农牧高新“3+1”产业。")
    assert {"智能制造", "食品医药"} <= listed


def test_a_label_with_a_kind_of_equipment_after_it_is_a_narrower_sector(tmp_path):
    # written for this test: 新能源 + 运输装备 before 产业 names one narrower sector as written
    named = _industries(tmp_path, "萧山临江高新区围绕新能源运输装备产业为核心的现代产业发展体系推进集聚。")
    assert "新能源运输装备" in named


def test_a_short_name_after_its_legal_name_is_the_same_company(tmp_path):
    # written for this test: 华旺 is the own words, after the place, of the legal name named before
    hosted = _hosted(tmp_path, "马鞍山华旺新材料科技有限公司落户慈湖高新区。慈湖高新区还引进了华旺等企业。")
    assert "马鞍山华旺新材料科技有限公司" in hosted and "华旺" not in hosted


def test_a_sectors_listed_representatives_are_its_companies():
    # written for this test: names standing for a sector, none a sector's name, are its companies
    text = "初步形成了以丰科、爱润为代表的焊接和汽车零部件产业，以新材料、生物医药为代表的新兴产业。"
    found = set(kinds(text, "Enterprise"))
    assert {"丰科", "爱润"} <= found and not found & {"新材料", "生物医药"}


def test_praise_before_a_list_of_sectors_names_no_sector(tmp_path):
    # written for this test
    facts = _industries(tmp_path, "郑州高新区已形成科技含量高、市场前景好、带动作用大的智能装备和新材料两大特色产业集群。")
    assert not any(name.endswith(("高", "好", "大")) for name in facts)


def test_a_persons_first_post_is_no_part_of_the_next_bodys_name():
    # written for this test: 副院长兼 ends the first body; the second is named on its own
    text = "会上，浙江大学杭州研究院副院长兼智能装备研究所所长李明介绍了合作方向。"
    found = kinds(text, "ResearchInstitute")
    assert "浙江大学杭州研究院" in found and not any("副院长" in name for name in found)


def test_a_list_of_the_zones_parks_named_by_place_names_no_investors():
    # written for this test: 汉寿工业园 shows the list is of parks, not of projects
    text = "在空间布局上，形成以鼎城园区为核心，辐射带动丰源移动互联网产业园、汉寿工业园、东洞庭生物科技产业园，形成“一区四园”格局。"
    assert kinds(text, "Enterprise") == []


def test_things_counted_by_an_ordinal_are_no_companies():
    # written for this test
    assert kinds("今年10月，该品牌的第一辆汽车将在国内上市。", "Enterprise") == []


def test_the_zones_one_leading_sector_is_a_sector_not_a_company(tmp_path):
    # written for this test: 以X为主导产业 names the sector, and X before 研发制造基地 is no brand
    text = "常德高新区力争到2025年，打造成以索道装备为主导产业的产城融合示范区，建成全国重要的索道装备研发制造基地。"
    assert "索道装备" in _industries(tmp_path, text)
    assert kinds(text, "Enterprise") == []


def test_a_park_of_two_sectors_is_no_compound_sector(tmp_path):
    # written for this test
    named = _industries(tmp_path, "新余高新区建立了新能源产业园、钢铁和装备制造产业园、新材料产业园等六大园中园。")
    assert not any(name.endswith("园") for name in named)


def test_a_groups_unit_named_by_group_place_and_business_is_a_company(tmp_path):
    # written for this test: 中国石油 + 吉林 + 石化 + 公司, under its group; 中国石油大学 is a university of its own
    facts = facts_of(tmp_path, "图为位于吉林高新区化工园区内的中国石油吉林石化公司。")
    assert ("吉林高新技术产业开发区", "hostsEnterprise", "中国石油吉林石化公司") in facts
    assert ("中国石油吉林石化公司", "subOrganizationOf", "中国石油天然气集团有限公司") in facts
    assert not any(s == "中国石油大学" and p == "subOrganizationOf"
                   for s, p, o in facts_of(tmp_path, "宝鸡高新区与中国石油大学签署合作协议。"))


def test_sectors_given_their_parts_in_the_zones_pattern(tmp_path):
    # written for this test: 以A为主导、B为补充、C为储备 names three sectors of the zone
    named = _industries(tmp_path, "目前，丽江高新区初步形成以生物医药为主导、绿色食品为补充、医疗器械为储备的产业发展格局。")
    assert {"生物医药", "食品饮料", "医疗器械"} <= named  # 绿色食品 is the taxonomy's 食品饮料


def test_a_parent_is_written_as_the_longest_known_form_opening_its_units_name(tmp_path):
    # written for this test: 丰田汽车 (not 丰田) opens 丰田汽车研发中心; 中航工业 is the AVIC group
    facts = facts_of(tmp_path, "常熟高新区引进了丰田汽车研发中心和中航工业凌峰航空液压机械有限公司。")
    parents = {o for s, p, o in facts if p == "subOrganizationOf"}
    assert "中国航空工业集团有限公司" in parents and "中航工业" not in {s for s, p, o in facts}
    from zonegraph.documents.reading import read_document
    from zonegraph.entities import Registry
    from zonegraph.relations import extract_document
    (tmp_path / "d.txt").write_text("常熟高新区引进了丰田汽车研发中心。", encoding="utf-8")
    registry = Registry()
    extract_document(read_document(tmp_path / "d.txt"), registry)
    assert "丰田汽车" in registry.get(("Enterprise", "丰田汽车公司")).forms


def test_a_compound_item_before_an_area_of_sectors_stays_one_sector(tmp_path):
    # written for this test: …、新能源与节能环保产业聚集区 ends the list with one joined item, its 产业 on the second part
    named = _industries(tmp_path, "株洲高新区形成了先进装备制造、新一代信息技术、新能源与节能环保产业聚集区，各类产业加速集聚。")
    assert "新能源与节能环保" in named and not {"新能源", "节能环保"} & named


def test_a_sector_said_to_be_one_of_the_zones_clusters_is_a_cluster(tmp_path):
    # written for this test
    facts = facts_of(tmp_path, "稀土新材料产业是包头稀土高新区的五大产业集群之一。")
    assert ("包头稀土高新技术产业开发区", "hasCluster", "包头稀土高新区稀土新材料产业集群") in facts


def test_particles_ranks_and_districts_before_a_sector_are_no_part_of_its_name(tmp_path):
    # written for this test
    text = "苏州高新区瞄准科技前沿，打造了新一代电子信息万亿级产业集群，高端装备等千亿级产业集群。"
    built = _industries(tmp_path, text)
    assert "电子信息" in built and not any(name.startswith("了") for name in built)  # 新一代电子信息: a label of 电子信息
    assert "新一代电子信息" in kinds(text, "Industry")
    ranked = _industries(tmp_path, "扬州高新区消息，扬州唯一精密锻压机床产业集群入选国家级特色产业集群。")
    assert not any(name.startswith("唯一") or name.endswith("集群") for name in ranked)


def test_verbs_of_founding_and_securing_open_no_institutes_name():
    # written for this test
    found = kinds("该企业与通化师范学院合作，创建华康诊断用单克隆抗体实验室。", "ResearchInstitute")
    assert "华康诊断用单克隆抗体实验室" in found
    assert not any(name.startswith("保障") for name in kinds("全力保障中科院量子信息研究院建设。", "ResearchInstitute"))
    assert kinds("引进国内顶尖研究院。", "ResearchInstitute") == []


def test_a_represented_list_holding_a_sector_is_a_list_of_sectors(tmp_path):
    # written for this test: 新材料 among the items makes 生物与新医药 a sector, not a company
    text = "近五年，昌吉高新区以生物与新医药、新材料、新能源为代表的战略性新兴产业平均增速突破30%。"
    assert kinds(text, "Enterprise") == []
    assert "生物与新医药" in _industries(tmp_path, text)


def test_a_sector_with_words_of_its_own_joined_to_the_one_before_is_narrower(tmp_path):
    # written for this test: 和 joins two items, the second with its own words before a label
    facts = facts_of(tmp_path, "长春高新区北区重点培育先进装备制造和精品食品加工产业集群。")
    assert ("长春高新技术产业开发区", "hasCluster", "长春高新区精品食品加工产业集群") in facts
    assert ("长春高新技术产业开发区", "hasCluster", "长春高新区先进装备制造产业集群") in facts


def test_a_zone_no_list_holds_is_named_from_its_city(tmp_path):
    # written for this test: the province set aside, 市 or not, one zone
    from zonegraph.mentions import find_mentions
    names = {m.name for t in ("辽宁省盘锦市高新区在园区发展方面成绩突出。", "盘锦高新区企业增多。")
             for m in find_mentions(t) if m.kind == "Zone"}
    assert names == {"盘锦高新技术产业开发区"}


def test_a_sector_said_to_be_a_places_leading_one_is_not_the_zones(tmp_path):
    # written for this test
    said = _industries(tmp_path, "扬州高新区消息，智能装备产业是扬州工业经济的主导产业，也是全市产业体系的重要组成部分。")
    assert "智能制造" not in said and "智能装备" not in said
    own = _industries(tmp_path, "智能装备产业是扬州高新区的主导产业。")
    assert own


def test_a_pilot_or_trial_area_named_after_a_sector_is_no_sector_of_the_zone(tmp_path):
    # written for this test: the zone's designations, not its sectors
    named = _industries(tmp_path, "常德高新区还是科技部“科技服务业区域试点园区”和自治区级知识产权服务业发展试验区。")
    assert not named & {"科技服务", "知识产权服务"}


def test_sectors_a_product_is_used_for_are_its_markets(tmp_path):
    # written for this test
    named = _industries(tmp_path, "江阴高新区该项目投产后，产品将用于支持5G、人工智能、汽车电子等高附加值领域的应用。")
    assert not named & {"5G", "人工智能", "汽车电子"}


def test_a_base_titled_after_sectors_names_the_zones_sectors(tmp_path):
    # written for this test: the titles of national and provincial bases the zone holds
    named = _industries(tmp_path, "德阳高新区先后获评国家新型工业化（清洁能源装备、通用航空）产业示范基地、"
                                  "国家锂电材料高新技术产业化基地和国家火炬计划德阳精细化工特色产业基地。")
    assert {"清洁能源装备", "通用航空", "锂电材料", "精细化工"} <= named
    demonstration = _industries(tmp_path, "宝鸡高新区是国家电子商务示范基地，也是国家双创示范基地。")
    assert "电子商务" in demonstration and "智能家电" not in demonstration  # no 家电 inside 国家电子
    torch = _industries(tmp_path, "江阴高新区获评国家火炬特色产业基地。")
    assert not torch  # the programme's name, no sector


def test_another_kind_of_development_area_opening_a_sentence_ends_the_zones_topic(tmp_path):
    # written for this test: the plan moves from the zone to an economic development area
    named = _industries(tmp_path, "规划明确，泸州高新区将重点发展智能电网、新材料等产业。"
                                  "泸州长开区将作为国家级经济技术开发区，重点发展重型机械、修造船等临港产业。"
                                  "德阳经开区重点发展精细化工、民爆器材等产业。")
    assert "新材料" in named and not named & {"重型机械", "修造船", "精细化工", "民爆器材"}


def test_the_last_item_of_a_leading_list_joined_by_and_is_two_sectors(tmp_path):
    # written for this test
    named = _industries(tmp_path, "常州高新区形成了以智能装备、电子信息、节能环保和新型交通为主导的产业体系。")
    assert {"节能环保", "新型交通"} <= named and "节能环保和新型交通" not in named


def test_a_sentence_whose_subject_is_the_zones_city_is_not_about_the_zone(tmp_path):
    # written for this test: the city's sectors, said of the city; the place that names the zone itself
    # (武进, of 武进高新区) stays the zone's, as 杨凌 of 杨凌示范区 does in _clause_of_another_place
    named = _industries(tmp_path, "武进高新区形成了以智能装备、电子信息为主导的产业体系。"
                                  "在壮大产业集群的同时，常州也将加快布局人工智能、数字经济等未来产业。")
    assert "电子信息" in named and not named & {"人工智能", "数字经济"}
    own = _industries(tmp_path, "武进高新区形成了以智能装备、电子信息为主导的产业体系。"
                                "在壮大产业集群的同时，武进也将加快布局人工智能、数字经济等未来产业。")
    assert {"人工智能", "数字经济"} <= own


def test_a_city_that_issues_plans_is_their_issuer(tmp_path):
    # written for this test: the city itself, no 人民政府, and titles side by side
    facts = facts_of(tmp_path, "德阳高新区消息，德阳市印发了《德阳市产业园区规划》《德阳市能源产业发展规划》等两个规划。")
    assert ("德阳市产业园区规划", "issuedBy", "德阳市") in facts
    assert ("德阳市能源产业发展规划", "issuedBy", "德阳市") in facts
    assert not any(p == "issuedBy" and o == "德阳高新技术产业开发区" for s, p, o in facts)


def test_places_listed_before_the_full_name_of_their_zones_are_zones():
    # written for this test: the list ends in the full name, an item holds a part in brackets
    names = {m.name for m in find_mentions("国务院批复同意济南、青岛（含青岛西海岸片区）、淄博等3个国家高新技术产业开发区建设示范区。")
             if m.kind == "Zone"}
    assert names == {"济南高新技术产业开发区", "青岛高新技术产业开发区", "淄博高新技术产业开发区"}


def test_a_page_of_policies_naming_several_zones_is_the_zone_its_place_names_most(tmp_path):
    # written for this test: no zone outside the titles; the page's city is 齐齐哈尔
    facts = facts_of(tmp_path, "齐齐哈尔市人民政府关于印发《齐齐哈尔片区建设实施方案》的通知\n\n"
                               "按照《国务院关于同意哈尔滨、大庆、齐齐哈尔高新技术产业开发区建设国家自主创新示范区的批复》要求，"
                               "为加快推进齐齐哈尔片区建设，制定本方案。")
    assert ("齐齐哈尔高新技术产业开发区", "implementsPolicy", "齐齐哈尔片区建设实施方案") in facts


def test_an_adverb_and_a_place_before_a_clusters_sector_are_no_part_of_it(tmp_path):
    # written for this test (the source drops 成为 after 现已)
    facts = facts_of(tmp_path, "玉溪高新区企业竞争力不断增强，现已玉溪生物医药产业集群中的重要力量。")
    assert ("玉溪高新技术产业开发区", "hasIndustry", "生物医药") in facts
    assert not any("现已" in o for s, p, o in facts)


def test_the_torch_programmes_name_in_a_base_title_is_no_sector(tmp_path):
    # written for this test
    assert not _industries(tmp_path, "太原高新区将获认定国家火炬计划特色产业基地2家。")


def test_a_zones_declared_short_form_is_that_zone_and_an_overview_is_about_it(tmp_path):
    # written for this test: an overview under numbered headings, the zone named with its short form
    facts = facts_of(tmp_path, "一、基本概况\n\n南京江宁高新技术产业开发区（简称“江宁高新区”）成立于1994年，是南京高新区的分园之一。\n\n"
                               "江宁高新区环境优美。\n\n二、主导产业\n\n园区形成了生物医药特色主导产业。")
    zones = {s for s, p, o in facts if p == "hasIndustry"}
    assert zones == {"南京江宁高新技术产业开发区"}


def test_a_bureau_named_by_its_place_is_no_company():
    # written for this test
    assert "沈阳市科技局" not in kinds("会上，沈阳市科技局、浑南区与西安天和防务技术股份有限公司代表商议引进项目。", "Enterprise")


def test_a_grade_without_its_level_word_is_no_part_of_a_clusters_sector(tmp_path):
    # written for this test: 千亿 before 产业集群, no 级
    facts = facts_of(tmp_path, "株洲高新区完善配套服务业，打造轨道交通千亿产业集群。")
    assert ("株洲高新技术产业开发区", "hasCluster", "株洲高新区轨道交通产业集群") in facts
    assert not any("千亿" in o for s, p, o in facts)


def test_a_company_named_after_a_dash_ends_at_its_company_word():
    # written for this test
    assert kinds("我们一行赴市高新区的上市企业——纽泰格公司参观。", "Enterprise") == ["纽泰格"]


def test_the_part_of_a_sentence_about_another_development_area_is_not_the_zones(tmp_path):
    # written for this test: two areas compared in one sentence, parted by a semicolon
    named = _industries(tmp_path, "潍坊高新区现已形成了电子信息、新材料两大高新技术产业集群；"
                                  "潍坊经济技术开发区形成了生物制药、精细化工等产业。")
    assert "电子信息" in named and not named & {"生物制药", "精细化工"}


def test_parks_counted_as_the_zones_areas_name_no_investors():
    # written for this test
    assert kinds("园区拥有整车产业园、变流技术产业园、电子产业园、零配件产业园四大产业聚集区及研发中心、培训中心。",
                 "Enterprise") == []


def test_a_list_of_fields_whose_firms_the_zone_seeks_names_no_company():
    # written for this test: 等领域的…企业 are the fields' firms, the items are fields
    assert kinds("创新港将重点引进电子信息、生物医药、海洋科技等领域的高端企业。", "Enterprise") == []


def test_a_projects_investor_is_named_up_to_its_company_word():
    # written for this test
    found = kinds("园区引进全瑞人防公司人防防化设备、武德钢结构公司风电塔筒配件、斗工智能装备公司铸造件等本地化配套项目。",
                  "Enterprise")
    assert "斗工智能装备" in found and "斗工" not in found


def test_a_zones_rank_among_counted_zones_is_still_about_the_zone(tmp_path):
    # written for this test; a sentence about counted zones (云南7家高新区…) stays about none
    ranked = _industries(tmp_path, "合肥高新区位于安徽省合肥市。经过多年建设，形成了智能语音、新能源等产业集群，"
                                   "在全国169个国家高新区中综合排名第4位。")
    assert {"新能源"} <= ranked
    counted = _industries(tmp_path, "云南7家高新区形成了生物医药、新材料等产业集群。")
    assert not counted


def test_quantifiers_and_prepositions_make_no_sector_name(tmp_path):
    # written for this test
    facts = facts_of(tmp_path, "温州高新区区内项目将可优先申报国家级项目、一些产业集群项目。"
                               "贵阳高新区要把握规律，在先进制造业集群建设中走在前列。")
    objects = {o for s, p, o in facts}
    assert not any(o.startswith(("一些", "在")) or "一些" in o or "在先进" in o for o in objects)


def test_a_project_list_opening_inside_a_word_names_no_investor_from_its_half():
    # written for this test: 同时 is one word, not the boundary 同 and a name 时施工
    assert "时施工" not in kinds("同时施工建设了金桥产业园标准厂房建设项目、中环产业园公交场站建设项目等。", "Enterprise")


def test_sectors_listed_as_the_supporting_ones_are_the_zones(tmp_path):
    # written for this test
    named = _industries(tmp_path, "昆明高新区形成以生物医药产业为主，化学药、生物药、医学护肤品为重要补充的发展格局。")
    assert {"化学药", "生物药", "医学护肤品"} <= named


def test_a_legal_name_starts_after_共同为_and_a_provisional_name_mark_is_no_part_of_a_name():
    # written for this test
    assert kinds("连云港高新区党工委书记与企业负责人共同为江苏连霍新能源发展有限责任公司揭牌。", "Enterprise") == [
        "江苏连霍新能源发展有限责任公司"]
    assert "福耀科技大学" in kinds("闽都创新实验室、福耀科技大学（暂名）等创新平台落户福州高新区。", "ResearchInstitute")


def test_regions_words_of_law_and_kinds_of_ownership_are_no_names():
    # written for this test
    text = "高新区梳理出京津冀、长三角、珠三角等区域的270家生物医药企业清单。"
    assert kinds(text, "Enterprise") == []
    assert kinds("由福建华忠生态科技发展有限公司投资的项目落户三明高新区。", "Enterprise") == ["福建华忠生态科技发展有限公司"]
    assert "全资" not in kinds("阿里巴巴集团旗下全资公司“盒马鲜生”将入驻园区。", "Enterprise")
    assert kinds("依据合肥综合性国家科学中心人工智能研究院与合肥高新区签订的协议，双方将合作。", "ResearchInstitute") == [
        "合肥综合性国家科学中心人工智能研究院"]


def test_only_prepositions_are_stripped_from_a_legal_names_start():
    # written for this test: 向 and 是 open these names (向阳, 是德); 由 is the preposition before a name
    assert kinds("向阳发展有限公司入驻高新区。", "Enterprise") == ["向阳发展有限公司"]
    assert kinds("是德发展有限公司入驻高新区。", "Enterprise") == ["是德发展有限公司"]
    assert kinds("由福建华忠生态科技发展有限公司投资的项目落户。", "Enterprise") == ["福建华忠生态科技发展有限公司"]


def test_a_list_of_companies_headed_as_national_grade_firms_stays_a_list_of_companies():
    # written for this test: 等国家级…企业 grades the firms; 等国家的企业 names countries
    assert kinds("集聚了甲乙、丙丁等国家级企业。", "Enterprise") == ["甲乙", "丙丁"]
    assert kinds("引进了美国、德国、日本等国家的企业。", "Enterprise") == []


def test_a_sentence_naming_the_zone_beside_an_economic_area_stays_the_zones(tmp_path):
    # written for this test: 高新区和经开区… names no other area as the subject
    named = _industries(tmp_path, "德阳高新区重点发展新材料产业。近年来，高新区和经开区共同发展，壮大了智能制造产业。")
    assert "智能制造" in named


def test_a_province_page_counting_its_zones_is_about_none_of_them(tmp_path):
    # written for this test: four zones listed, one more named once in brackets; firms 落户高新区 of the province
    facts = facts_of(tmp_path, "甲省高新区发展较快\n\n目前共有南宁、桂林、柳州、北海4个国家高新区。\n\n"
                               "去年，5个高新区（来宾高新区今年获批）产值增长，柳州、南宁国家高新区成为千亿元园区。\n\n"
                               "中国电子科技集团、日本丰达电机有限公司等一批企业落户高新区。")
    assert not any(p == "hostsEnterprise" for s, p, o in facts)
    # a page naming one zone and its peer in a list is still that zone's
    facts = facts_of(tmp_path, "国务院批复同意沈阳、大连两个国家高新区建设自创区。\n\n大连高新区始终坚持创新。\n\n"
                               "中国电子科技集团、日本丰达电机有限公司等一批企业落户高新区。")
    assert ("大连高新技术产业园区", "hostsEnterprise", "日本丰达电机有限公司") in facts


def test_an_academicians_workstation_named_by_its_host_is_an_institute():
    # written for this test: a company's, a college's and an academician's workstation; an unnamed one
    assert "甲乙轮胎有限公司院士工作站" in kinds("依托甲乙轮胎有限公司院士工作站的科研优势，共建基地。", "ResearchInstitute")
    assert "丙丁医学院院士工作站" in kinds("合作成立丙丁医学院院士工作站，开展研究。", "ResearchInstitute")
    assert "张三丰院士工作站" in kinds("近日，张三丰院士工作站入驻园区。", "ResearchInstitute")
    assert kinds("公司举行产品发布会暨院士工作站揭牌仪式。", "ResearchInstitute") == []
    assert kinds("医学界领军人物张三丰院士工作站落成。", "ResearchInstitute") == []


def test_a_short_name_written_before_its_companys_legal_name_is_that_company(tmp_path):
    # written for this test: the short name first, then the legal name (place + the same words)
    hosted = _hosted(tmp_path, "苏州高新区推动产业升级。依托华美轮胎公司与院士合作成立的苏州华美轮胎有限公司新工厂，共同建设基地。")
    assert hosted == {"苏州华美轮胎有限公司"}


def test_a_city_holding_an_event_about_national_zones_names_no_zone():
    # written for this test: 召开 between the city and 国家高新区
    zones = kinds("4月13日，两区先后在大江东、湖州市召开国家高新区建设推进大会。", "Zone")
    assert not any("召开" in z for z in zones)


def test_more_over_is_no_part_of_a_name():
    # written for this test: 更有 opens the clause; 马云 is a person whose name ends like a brand (…云)
    assert kinds("园区拥有高新技术企业300家，更有马云等一大批领军人才。", "Enterprise") == []


def test_a_pages_source_line_names_the_city_whose_zone_its_bare_gaoxinqu_is(tmp_path):
    # written for this test: the city named once in the text, once in the source line
    facts = facts_of(tmp_path, "书记在高新区调研\n\n来源：长治市人民政府网\n\n4月7日，市委书记深入高新区调研。"
                               "书记深入山西甲乙机械设备股份有限公司，调研重点产业项目。")
    assert ("长治高新技术产业开发区", "hostsEnterprise", "山西甲乙机械设备股份有限公司") in facts


def test_a_south_gate_and_a_regions_innovation_centre_are_no_institutes():
    # written for this test: 南大门 holds 南大 (南京大学); 湘粤赣区域创新中心 is what the region is to become
    assert kinds("赣州是江西对接粤港澳的南大门，要打造湘粤赣区域创新中心。", "ResearchInstitute") == []
    assert kinds("高新区与南大共建研究院。", "ResearchInstitute")[:1] == ["南大"]


def test_a_projects_investor_is_more_than_a_names_ending():
    # written for this test: cut at 联合, only 电子 (a brand ending) would be left
    assert kinds("今年以来，联合电子等20个产业项目签约落地。", "Enterprise") == []


def test_a_sentence_placing_one_company_in_the_zone_hosts_only_that_one(tmp_path):
    # written for this test: the zone's firm ships to a company elsewhere
    hosted = _hosted(tmp_path, "位于惠州仲恺高新区的甲乙玻璃（惠州）有限公司，产品运到深圳市丙丁光电技术有限公司加工。")
    assert hosted == {"甲乙玻璃（惠州）有限公司"}


def test_several_ministries_issuing_a_title_together_each_issue_it(tmp_path):
    # written for this test: a known body, then ministries joined by 、
    facts = facts_of(tmp_path, "2010年，国家发改委、自然资源部、住房和城乡建设部发布《甲乙开发区目录》，高新区实施目录。")
    issuers = {o for s, p, o in facts if p == "issuedBy"}
    assert issuers == {"国家发改委", "自然资源部", "住房和城乡建设部"}
    assert kinds("同时国土资源部发布《甲乙方案》。", "Policy") == ["《甲乙方案》"]
    # the last of them a central body too: all issue it, not that one alone (data/words/central_bodies.txt)
    facts = facts_of(tmp_path, "工业和信息化部、财政部联合印发《甲乙试点工作的通知》，高新区实施通知。")
    assert {o for s, p, o in facts if p == "issuedBy"} == {"工业和信息化部", "财政部"}


def test_kinds_of_support_and_things_said_of_kinds_are_no_companies():
    # written for this test: 等方面 ends a list of aspects; a 企业/项目 item is a kind with its predicate
    assert kinds("高新区从鼓励创新、租金补贴、人才激励等方面扶持企业。", "Enterprise") == []
    assert kinds("近年来，产业规模不断扩大、龙头企业争先恐后、重点项目蓬勃发展。", "Enterprise") == []


def test_a_counted_kind_of_lab_and_an_institutes_other_name_in_brackets(tmp_path):
    # written for this test: 9家湖北实验室 counts a kind; （长影电影学院） is the same college by another name
    assert kinds("支持9家湖北实验室高效运行。", "ResearchInstitute") == []
    facts = facts_of(tmp_path, "净月高新区孵化园内，长春师范大学文旅与电影学院（长影电影学院）（以下简称“文旅电影学院”）入驻。"
                               "文旅电影学院与园区合作。")
    partners = {o for s, p, o in facts if p == "partnersWith"}
    assert partners == {"长春师范大学文旅与电影学院"}


def test_what_the_city_leadership_did_is_not_the_zones(tmp_path):
    # written for this test: the city's party committee and government as the subject
    named = _industries(tmp_path, "石家庄高新区重点发展电子信息产业。近年来，市委市政府出台一系列政策，形成了涵盖现代中药、"
                                  "医疗器械等的产业体系。")
    assert "电子信息" in named and not named & {"现代中药", "医疗器械"}


def test_how_far_from_a_company_is_no_part_of_its_name():
    # written for this test: 离 (how far from) before a legal name; 离子 opens one
    assert kinds("离甲乙新动力科技有限公司不远，就是新建的汽车园区。", "Enterprise") == ["甲乙新动力科技有限公司"]
    assert kinds("离子新材料科技有限公司入驻园区。", "Enterprise") == ["离子新材料科技有限公司"]


def test_a_clause_whose_subject_is_the_zones_city_gives_the_city_its_sectors(tmp_path):
    # written for this test: 市 marks the city; the zone's own place name (杨凌围绕…) would not
    named = _industries(tmp_path, "鄂尔多斯高新区重点发展电子信息产业。书记说，鄂尔多斯市提出构建现代煤化工、羊绒两个世界级产业，"
                                  "高新区优势明显。")
    assert "电子信息" in named and "煤化工" not in named


def test_counted_and_one_for_each_institutes_a_park_in_a_place_and_ceremony_words_are_no_names():
    # written for this test
    assert kinds("坚持“一产业一研究院”，建好甲乙创新中心。", "ResearchInstitute") == ["甲乙创新中心"]
    assert kinds("公司与多所知名大学合作。", "ResearchInstitute") == []
    assert kinds("挂牌成立的还有南京大学（苏州）科技园。", "ResearchInstitute") == ["南京大学"]
    assert kinds("市长和院长等嘉宾一起按下苏州大学启动键。", "ResearchInstitute") == ["苏州大学"]
    assert kinds("中国电子科技集团公司第十一研究所入驻。", "ResearchInstitute") == ["中国电子科技集团公司第十一研究所"]


def test_clusters_named_by_their_zones_in_a_roll_call_are_each_that_zones(tmp_path):
    # written for this test: three zones named in one sentence (about none of them), each naming its cluster
    facts = facts_of(tmp_path, "本次获批的3个创新型产业集群分别是：安阳高新区先进钢铁材料制品制造创新型产业集群、"
                               "新乡高新区电池材料产业集群、焦作高新区新能源汽车储能装置制造产业集群。")
    clusters = {(s, o) for s, p, o in facts if p == "hasCluster"}
    assert ("安阳高新技术产业开发区", "安阳高新区先进钢铁材料制品制造产业集群") in clusters
    assert ("焦作高新技术产业开发区", "焦作高新区新能源汽车储能装置制造产业集群") in clusters
    assert ("焦作高新技术产业开发区", "hasIndustry", "新能源汽车储能装置制造") in facts


def test_zones_listed_before_zhihou_or_as_advanced_peers():
    # written for this test
    assert kinds("乐山成为继成都、绵阳、自贡之后全省第四个国家级高新技术产业开发区。", "Zone") == ["成都", "绵阳", "自贡"]
    assert kinds("要全面对标昆山、武进等先进高新区。", "Zone") == ["昆山", "武进"]


def test_taking_a_post_is_no_part_of_a_name_and_a_proof_of_concept_centre_is_an_institute():
    # written for this test
    assert kinds("副市长张三担任苏州火炬大学校长。", "ResearchInstitute") == ["苏州火炬大学"]
    assert kinds("园区与中国药科大学生物医药概念验证中心签约。", "ResearchInstitute") == ["中国药科大学生物医药概念验证中心"]


def test_a_five_character_short_name_is_its_legal_names_company(tmp_path):
    # written for this test: 甲乙半导体 is all of 深圳市甲乙半导体股份有限公司's words after its place
    hosted = _hosted(tmp_path, "河源高新区引进了深圳市甲乙半导体股份有限公司。甲乙半导体将在高新区建设新厂。")
    assert hosted == {"深圳市甲乙半导体股份有限公司"}


def test_a_listed_base_or_alliance_is_no_sector(tmp_path):
    # written for this test: unknown list items ending in 基地 or 联盟
    named = _industries(tmp_path, "中山火炬高新区已形成以甲乙国家健康基地为核心的产业集聚态势。园区考察了生物医药、丙丁省独角兽企业联盟等平台。")
    assert not any(n.endswith(("基地", "联盟")) for n in named)


def test_today_is_no_part_of_a_name():
    # written for this test
    assert kinds("今天甲乙·中关村创新研究院在保定正式揭牌。", "ResearchInstitute") == ["甲乙·中关村创新研究院"]


def test_yiji_joins_two_parties_not_two_fields_of_one_name():
    assert kinds("研究院分别与新华三、长鑫存储以及中国电子南湖研究院签约。", "ResearchInstitute") == ["中国电子南湖研究院"]


def test_a_zone_called_gaoxin_yuanqu_and_a_negation_before_a_company():
    found = [(m.kind, m.surface) for m in find_mentions("没有化工龙头，就没有衢州高新园区的崛起，没有华友钴业、韩国晓星等企业的落户。")]
    assert ("Zone", "衢州高新园区") in found
    assert ("Enterprise", "华友钴业") in found and ("Enterprise", "没有华友钴业") not in found


def test_deng_after_a_groups_name_is_no_unit_of_it():
    assert [(m.surface, m.rule) for m in find_mentions("引进了长安、比亚迪等企业。") if m.kind == "Enterprise"][-1] == (
        "比亚迪", "enterprise-gazetteer")


def test_the_stops_of_a_visit_are_companies_but_not_its_parks_or_towns():
    text = "市长一行先后实地察看了欧菲未来科技园、南昌比亚迪、冠一通用航空、夏布小镇、展厅及膜压车间。"
    assert kinds(text, "Enterprise") == ["南昌比亚迪", "冠一通用航空"]


def test_a_maker_named_in_four_characters_or_more_without_a_companys_ending():
    # (沃华医药 is found by its brand ending 医药, round 12's gold has it, not as the maker 沃华医药研发)
    text = "火箭研发的卫星发射成功；国电高科天启研发的卫星搭乘火箭发射；由中加健康研发的成像系统获批；沃华医药研发生产的药品；凭借中国研发的技术。"
    assert kinds(text, "Enterprise") == ["国电高科天启", "中加健康", "沃华医药"]


def test_a_sectors_role_and_its_preposition_are_no_part_of_a_listed_item():
    text = "该区构建以智能终端制造业、精密仪器制造业为主导产业、以新能源汽车产业为特色产业的产业体系。"
    names = kinds(text, "Industry")
    assert not any(n.startswith("以") or "为主导" in n for n in names)
    assert "新能源汽车产业" in names


def test_a_national_ranking_is_no_part_of_a_clusters_sector():
    names = {m.name for m in find_mentions("在全国生物医药创新型产业集群中排名第一。")}
    assert "生物医药产业集群" in names and not any(n.startswith("全国") for n in names)


def test_you_opening_a_list_a_citys_keji_and_a_clause_are_no_companies():
    assert kinds("其中，有驰腾科技、迪信通科技等30家智能终端龙头企业。", "Enterprise") == ["驰腾科技", "迪信通科技"]
    assert kinds("有研科技牵头建设平台。", "Enterprise") == ["有研科技"]
    assert kinds("已成为西宁市科技与产业融合的示范区。", "Enterprise") == []
    assert kinds("只有主体壮大了，创新才有动力，才有源泉。", "Enterprise") == []


def test_two_clusters_counted_after_zhe_and_software_and_it_as_one_sector(tmp_path):
    facts = facts_of(tmp_path, "常州高新区在智能装备和新能源这两个产业集群的基础上，又着力发展了软件和信息技术产业。")
    assert {o for s, p, o in facts if p == "hasCluster"} == {"常州高新区智能装备产业集群", "常州高新区新能源产业集群"}
    assert ("常州高新技术产业开发区", "hasIndustry", "软件和信息技术服务") in facts
    assert ("常州高新技术产业开发区", "hasIndustry", "新一代信息技术") not in facts


def test_a_road_named_after_a_university_many_labs_and_verbs_before_names():
    assert kinds("坐落于公园南面，位于大学路北侧的深圳技术大学北校区已完工。", "ResearchInstitute") == ["深圳技术大学北校区"]
    assert kinds("在一间间研发实验室里，科研人员忙碌着。", "ResearchInstitute") == []
    assert kinds("他后来升任飞利浦研究院院长。", "ResearchInstitute") == ["飞利浦研究院"]
    assert kinds("赋能汽车产业发展，深耕实业三十年。", "Enterprise") == []


def test_a_projects_sum_written_before_its_investor_is_no_company():
    text = ("项目主要包括：总投资60亿元泰国正大集团正大国际商业广场项目、计划总投资18.5亿元鲁通现代物流中心项目、"
            "计划总投资20亿元华仁生物科技园项目和计划总投资11亿元中国科学院广州能源研究所北方研发基地项目等。")
    names = kinds(text, "Enterprise")
    assert not any("投资" in n or n.endswith("总") for n in names)
    assert "正大集团" in names


def test_shengeng_xizuo_is_a_verb_and_guangdian_xianshi_a_display_sector(tmp_path):
    facts = facts_of(tmp_path, "宿迁高新区深耕细作电子信息、新能源两大主导产业，光电显示产业集聚重点企业20多家。")
    sectors = {o for s, p, o in facts if p == "hasIndustry"}
    assert {"电子信息", "新能源", "新型显示"} <= sectors and "细作电子信息" not in sectors and "光电" not in sectors


def test_a_group_written_before_its_unit_owns_it_and_is_named_again_without_zhongguo(tmp_path):
    facts = facts_of(tmp_path, "在东湖高新区，位于中国光谷的中国信科集团光迅科技，工作人员在操作器件。目前，信科集团正在六大产业方向进行布局。")
    hosted = {o for s, p, o in facts if p == "hostsEnterprise"}
    assert "武汉光迅科技股份有限公司" in hosted
    assert ("武汉光迅科技股份有限公司", "subOrganizationOf", "中国信科集团") in facts
    assert "信科集团" not in hosted  # the same group, named again without 中国


def test_a_regions_science_centre_and_a_ministrys_body_are_neither_institute_nor_company():
    assert kinds("助力粤港澳大湾区国际科技创新中心建设。", "ResearchInstitute") == []
    text = "分别与交通运输部公路科学院、工信部电子科技情报所、北京中传未来投资公司等5家单位签订项目合作协议书。"
    assert not any(n.startswith("工信部") for n in kinds(text, "Enterprise"))


def test_a_list_of_sectors_written_with_commas(tmp_path):
    facts = facts_of(tmp_path, "常德高新区本部园区已形成大数据，云计算，智能制造，新材料，现代服务及文化创意产业。")
    assert {o for s, p, o in facts if p == "hasIndustry"} >= {"大数据", "云计算", "智能制造", "新材料"}
    facts = facts_of(tmp_path, "常德高新区负责人介绍，新材料，是一个重要方向。")
    assert not any(p == "hasIndustry" for s, p, o in facts)


def test_a_slogan_a_groups_plant_in_a_city_and_a_group_named_with_its_province():
    assert kinds("实现“处处有光伏、家家用光伏、人人享光伏”的发展理念。", "Enterprise") == []
    assert [m.name for m in find_mentions("被誉为诞生地的比亚迪常州基地，去年产量突破30万辆。") if m.kind == "Enterprise"] == ["比亚迪股份有限公司"]
    assert kinds("走访了中色（宁夏）东方集团、宁夏维尔铸造等企业。", "Enterprise")[0] == "中色（宁夏）东方集团"


def test_fields_and_aspects_listed_before_firms_are_no_companies():
    assert kinds("从项目落地、项目融资、规范化管理等13个方面对医药企业全方位支持。", "Enterprise") == []
    assert kinds("拥有3000多家涵盖感知设备、网络通信等领域的物联网企业。", "Enterprise") == []
    assert kinds("新区现已集聚先声药业、绿叶思科等生命健康领域各类企业700余家。", "Enterprise")[-1] == "绿叶思科"


def test_an_institutes_branch_office_and_institutes_described_not_named():
    text = "中科院计算所烟台分所是地方分支机构，建有8000平方米实验室，与兰州大学相关学院、其化学学院及教育部直属重点大学合作。"
    assert kinds(text, "ResearchInstitute") == ["中科院计算所烟台分所", "兰州大学"]


def test_a_quoted_sector_joined_by_yu_and_a_grade_of_wanyi():
    mentions = find_mentions("光谷将做大做强光电子信息、生命健康产业，形成“光芯屏端网”与生命健康两大万亿产业集群。")
    assert ("IndustrialCluster", "生命健康产业集群") in {(m.kind, m.name) for m in mentions}
    assert not any("与" in m.name or "万亿" in m.name for m in mentions)


def test_labs_listed_by_their_own_words_under_a_shared_ending():
    found = [(m.kind, m.name) for m in find_mentions("挂牌运营光谷、珞珈、江城、东湖、九峰山等5个湖北实验室，优化提升装置。")]
    assert found == [("ResearchInstitute", n + "实验室") for n in ("光谷", "珞珈", "江城", "东湖", "九峰山")]
    assert kinds("建设高校、院所等多个重点实验室。", "ResearchInstitute") == []
    assert [m.name for m in find_mentions("建设了清华、北大等3个研究院。")] == ["清华大学", "北京大学"]


def test_a_persons_posts_are_no_partners_of_the_zone(tmp_path):
    facts = facts_of(tmp_path, "肇庆高新区引进研究院。院长1999年被聘为中国科学院首批海外评审专家，2004年升任飞利浦研究院首席科学家。")
    assert not any(p == "partnersWith" for s, p, o in facts)


def test_firms_leading_their_trade_and_kinds_of_firm_are_no_sectors():
    assert kinds("有雄邦压铸、甬金金属、古镇灯具灯饰城等行业领先企业。", "Industry") == []
    assert kinds("能吸引量子通信设备制造商、运营商等战略性新兴产业企业入驻。", "Industry") == ["量子通信"]


def test_a_zones_numbered_list_of_policy_titles_without_title_marks(tmp_path):
    text = ("2019年芜湖高新区政策汇编1.芜湖高新区推动制造业高质量发展实施方案2.2019年芜湖高新区支持高技术服务业发展若干政策措施"
            "3.芜湖高新区加快发展新经济实施方案（2019-2021）")
    facts = facts_of(tmp_path, text)
    own = {s for s, p, o in facts if p == "issuedBy" and o == "芜湖高新技术产业开发区"}
    assert own == {"芜湖高新区推动制造业高质量发展实施方案", "2019年芜湖高新区支持高技术服务业发展若干政策措施",
                   "芜湖高新区加快发展新经济实施方案（2019-2021）"}


def test_a_verb_a_kind_of_listed_company_and_sectors_given_a_role_are_no_companies():
    assert kinds("该项目的实施将拓宽高速集团多元产业业务板块。", "Enterprise") == ["高速集团"]
    assert kinds("这些基地不仅覆盖湖南省上市公司，更覆盖后备企业。", "Enterprise") == []
    assert kinds("形成了以光固化新材料、新型化工中间体和新型功能涂层材料为重点的精细化工新材料产业体系。", "Enterprise") == []


def test_hunnan_names_shenyangs_zone_and_a_university_as_one_of_a_kind_is_no_institute():
    assert [m.name for m in find_mentions("在沈阳浑南高新区，高新技术产业的支撑作用日益凸显。")] == ["沈阳高新技术产业开发区"]
    assert kinds("广西师范大学作为一所综合性大学，与高新区签约。", "ResearchInstitute") == ["广西师范大学"]
    assert kinds("这标志著漳龙集团正式运营园区。", "Enterprise") == ["漳龙集团"]


def test_a_company_named_after_a_zones_bare_name_and_what_a_zone_became_are_told_apart():
    found = {(m.kind, m.surface) for m in find_mentions("南宁高新区与中关村发展集团签约。")}
    assert ("Enterprise", "中关村发展集团") in found
    text = "已成为全市科技与产业融合的示范区、深化改革与开放的试验区、培育企业家的摇篮，聚集了各类科技型企业4000多家。"
    assert kinds(text, "Enterprise") == []


def test_a_state_level_new_area_is_no_high_tech_zone(tmp_path):
    text = ("天津滨海高新区与中科院签约共建电子信息产业园。目前，滨海新区已聚集了中海油、东汽集团、明阳风电等一批国内龙头新能源企业。"
            "天津滨海高新区引进了曙光信息产业股份有限公司。")
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert "中海油" not in hosted and "东汽集团" not in hosted
    assert "曙光信息产业股份有限公司" in hosted


def test_a_mid_cap_known_by_its_short_name_and_a_browser_notice_is_no_company():
    assert [m.name for m in find_mentions("据介绍，新洁能今年营收增长三成。") if m.kind == "Enterprise"] == ["无锡新洁能股份有限公司"]
    assert kinds("为了获得更好的用户体验，请使用火狐、谷歌、360浏览器极速模式。", "Enterprise") == []


def test_xiangmu_guanli_is_a_companys_business_not_a_projects_end():
    assert kinds("大连聚贤项目管理有限公司的项目开工。", "Enterprise") == ["大连聚贤项目管理有限公司"]


def test_a_city_named_with_shi_is_the_city_even_where_the_zones_name_holds_it(tmp_path):
    text = ("无锡高新区与香港理工大学签约共建研究院。"
            "同时，无锡市也将加快推进5G产业化项目落地，依托深南电路、全讯射频科技等企业，培育龙头企业。"
            "高新区将依托华虹无锡等行业龙头企业，发展集成电路设计。")
    facts = facts_of(tmp_path, text)
    hosted = {o for s, p, o in facts if p == "hostsEnterprise"}
    assert "全讯射频科技" not in hosted and not any(o.startswith("深南电路") for o in hosted)
    assert "华虹" in hosted


def test_the_city_stays_the_subject_to_the_end_of_its_paragraph(tmp_path):
    text = ("荣澳防水公司于2013年落户昌吉高新区，现拥有多条生产线。昌吉高新区与新疆大学共建研究院。\n"
            "今年以来，昌吉市持续加大科技创新力度，深化与大院大所合作。特变电工、蓝山屯河等37家企业分别与清华大学、武汉理工大学等科研院所开展产学研合作。\n"
            "新疆荣澳防水建材公司总经理王建荣说：“我们的设备改造后，产值大增。”")
    facts = facts_of(tmp_path, text)
    assert not {o for s, p, o in facts if p == "hostsEnterprise"} & {"特变电工", "蓝山屯河"}
    partners = {o for s, p, o in facts if p == "partnersWith"}
    assert "清华大学" not in partners and "武汉理工大学" not in partners
    assert "新疆大学" in partners


def test_a_zone_named_after_its_city_alone_leaves_the_bare_city_name_to_the_city(tmp_path):
    # written for this test: 无锡 is the city's name and all the zone's name has of a place; 杨凌 (in
    # 咸阳) stays its zone's own name
    text = ("无锡高新区与香港理工大学签约。近年来，无锡凭借产业建设成为国内半导体高地，聚集了海太半导体、英飞凌等封测企业。"
            "无锡高新区引进了华进半导体封装先导技术研发中心有限公司。")
    hosted = _hosted(tmp_path, text)
    assert "海太半导体" not in hosted and "英飞凌" not in hosted
    assert "华进半导体封装先导技术研发中心有限公司" in hosted
    text = "杨凌示范区与西北农林科技大学签约。杨凌依托农业科技优势，聚集了秦川节水等龙头企业。"
    assert "秦川节水" in _hosted(tmp_path, text)


def test_the_city_as_subject_with_more_verbs_and_a_zones_city_apart_from_its_own_name(tmp_path):
    # written for this test: 自贡初步形成… and 攀枝花将… are the cities' (攀枝花 is the city of
    # 攀枝花钒钛高新区, whose name holds it), 杨凌将… is its zone's (杨凌 is in 咸阳)
    text = "自贡高新区与浙江大学签约，重点发展生物医药产业。\n自贡初步形成以新材料、节能环保装备制造为主导的高新技术产业集群。\n新闻推荐"
    sectors = _industries(tmp_path, text)
    assert "新材料" not in sectors and "生物医药" in sectors
    text = "攀枝花钒钛高新区与四川大学签约。攀枝花将重点发展新材料产业。"
    assert "新材料" not in _industries(tmp_path, text)
    text = "杨凌示范区与西北农林科技大学签约。杨凌将重点发展新材料产业。"
    assert "新材料" in _industries(tmp_path, text)


def test_a_verbs_particle_and_a_standing_aimed_at_are_no_part_of_a_sector():
    def sectors(text):
        return sorted(m.name for m in find_mentions(text) if m.kind in ("Industry", "IndustrialCluster"))
    assert sectors("西安高新区打造了汽车、电子信息两大千亿级产业集群。") == ["汽车", "汽车产业集群", "电子信息", "电子信息产业集群"]
    for text in ("湖北多措并举打造世界级光电子信息产业集群。", "助力湖北构建创新能力强的高水平光电子信息产业集群。"):
        assert not any(name.startswith(("世界级", "高水平")) for name in sectors(text))


def test_a_slogans_verbs_a_delegations_arrival_and_a_step_inside_open_no_name():
    # written for this test: 争当表率… is a slogan; 一行来 and 步入 stand before the names they reach
    assert kinds("全区上下争当表率、争做示范、走在前列，加快建设创新高地。", "Enterprise") == []
    assert kinds("科技部火炬中心调研组一行来昆山工研院调研。", "ResearchInstitute") == ["昆山工研院"]
    assert kinds("步入襄阳达安汽车检测中心有限公司，检测线正在运转。", "Enterprise") == ["襄阳达安汽车检测中心有限公司"]


def test_a_clause_or_a_byline_before_a_bare_gaoxinqu_names_no_zone():
    # written for this test: a saying, a byline and a visit before 高新区; a district (市北) still qualifies one
    for text in ("辽宁软件看大连，大连软件看高新区。", "天津新闻报道高新区企业津村制药增资。", "淮安有一座高新区。", "临沂老促会到高新区调研。"):
        assert kinds(text, "Zone") == [], text
    assert kinds("青岛市北高新区签约三个项目。", "Zone") == ["青岛市北高新区"]


def test_a_firms_customers_after_peitao_are_not_the_zones(tmp_path):
    # written for this test: 配套 as a verb names customers; 电子配套园 is a park
    text = "盐城高新区金铢芯片封装测试项目加紧施工，产品主要配套三星、华为、海力士等知名品牌。"
    hosted = _hosted(tmp_path, text)
    assert not hosted & {"华为", "海力士"}
    text = "绵阳高新区同成智能装备项目主体工程已完成；华正OEM电子配套园二期、鑫瑞捷汽车线束、九洲光电线缆等项目已建成投产。"
    assert "鑫瑞捷" in _hosted(tmp_path, text)


def test_a_list_headed_by_the_broader_sector_it_makes_up():
    # written for this test: 等能源电力产业, 等全链条发展的产业体系 head lists of sectors; 等为主导产业,
    # 等完善的产业发展配套体系 and 等高新区产业链 name no broader sector
    def listed(text):
        return {m.name for m in find_mentions(text) if m.kind == "Industry"}
    assert {"清洁发电", "能源数字化", "综合智慧能源"} <= listed(
        "高新区积极推动清洁发电、能源数字化、综合智慧能源、新型储能等能源电力产业全领域发展。")
    assert {"中药饮片", "药用辅料包装材料"} <= listed("高新区形成了中药材、中药饮片、原料药、药用辅料包装材料等全链条发展的产业体系。")
    assert "产品交易" not in listed("高新区已形成稀土信息交流、检验检测、产品交易等完善的产业发展配套体系。")
    assert not any(name.startswith("于") for name in listed("这些项目精准布局于半导体设备生产、集成电路设计等高新区产业链薄弱环节。"))


def test_the_roles_verb_before_a_counted_head_and_the_area_after_gai_are_no_part_of_a_sector():
    # written for this test: 为三大主导产业 heads the list; 该区 is the area the sectors are of
    def listed(text):
        return [m.surface for m in find_mentions(text) if m.kind == "Industry"]
    assert listed("园区以移动互联网、平板显示、智能装备为三大主导产业。")[-1] == "智能装备"
    assert listed("打造智慧医疗平台，为该区电子信息、生物医药等产业提供强链补链支撑。") == ["电子信息", "生物医药"]
    assert listed("重点发展区块链、人工智能等产业。")[0] == "区块链"


def test_a_bare_gaoxinqu_after_yi_and_a_zone_named_after_a_former_city(tmp_path):
    # written for this test: 以高新区为承接区 names the page's zone bare; 莱芜 (a city until 2019, its
    # zone's city 济南 now) places a page that says only 高新区
    facts = facts_of(tmp_path, "鞍山激光产业园建设加快\n来源：鞍山日报\n其中以高新区为承接区，重点发展新材料产业。")
    assert ("鞍山高新技术产业开发区", "hasIndustry", "新材料") in facts
    facts = facts_of(tmp_path, "来源：大众网莱芜\n大众网莱芜8月5日讯 记者在高新区看到，孵化园重点引进电子信息、新材料、节能环保等新兴产业。")
    assert ("莱芜高新技术产业开发区", "hasIndustry", "电子信息") in facts


def test_a_leading_firm_named_by_its_place_and_a_maker_that_invests_and_builds():
    # written for this test: 上海纽创 is a place and a word of its own after 领军企业; 上海工厂 is not a
    # name; 盈嘉合生投资建设的 names the company that builds
    text = "行业领军企业上海纽创，将从事血管介入产品的研发；龙头企业上海司羿，将建设研发中心。"
    assert kinds(text, "Enterprise") == ["上海纽创", "上海司羿"]
    assert kinds("龙头企业上海工厂将扩产。", "Enterprise") == []
    assert kinds("如盈嘉合生投资建设的合成生物学研发中心和生产基地，将与中国科学院合作。", "Enterprise") == ["盈嘉合生"]


def test_an_everyday_word_as_a_sectors_example_is_no_company():
    # written for this test: 激光 is the example of the sectors; 科力远 and 伊利乳业 are companies
    assert kinds("全市加快培育和发展以激光为代表的一批战略性新兴产业。", "Enterprise") == []
    assert kinds("形成了以科力远为代表的新能源产业。", "Enterprise") == ["科力远"]


def test_another_place_opening_a_sentence_as_its_subject_is_not_the_zone(tmp_path):
    # written for this test: 余杭 is another district of 杭州 than the zone's
    text = "杭州高新区集聚了海康威视等数十家知名企业。\n余杭是杭州信息经济发展的高地，阿里巴巴集团的总部就设在余杭。\n图为云栖小镇。"
    hosted = _hosted(tmp_path, text)
    assert "阿里巴巴集团" not in hosted and "海康威视" in hosted


def test_companies_a_firm_supplies_for_are_its_customers(tmp_path):
    # written for this test: 为…配套 names customers; 成为 is no 为
    text = "东材科技入驻成都高新区，产品可为京东方、中电熊猫和比亚迪等知名企业进行配套。"
    hosted = _hosted(tmp_path, text)
    assert "东材科技" in hosted and not hosted & {"京东方", "比亚迪"}


def test_a_date_a_now_and_a_verb_at_a_names_edges_are_no_part_of_it():
    # written for this test: 去年6月 and 如今 open no company, 输送 opens no project list's item, and a
    # visit's verb (调研) is no unit of a group
    assert kinds("同时，去年6月清远万马新材料有限公司年产7.5万吨项目投产。", "Enterprise") == ["清远万马新材料有限公司"]
    assert kinds("如今长电科技在IC封装领域已基本掌握九大核心技术。", "Enterprise") == ["长电科技"]
    assert kinds("随后，黄莉新一行来到长电科技调研。", "Enterprise") == ["长电科技"]
    assert "孵化器为园区输送" not in kinds("孵化器为园区输送山东双测、星舰激光通讯等5个项目。", "Enterprise")


def test_gaodeng_is_no_boundary_and_jinkou_is_one():
    # written for this test: 高等 holds 等 (etc.), a boundary word elsewhere; 紧扣 is a verb before a name
    text = "建设了承德石油高等专科学校流体测控仪表工程实验室等平台。"
    assert kinds(text, "ResearchInstitute") == ["承德石油高等专科学校流体测控仪表工程实验室"]
    assert kinds("与中国科学院大学杭州高等研究院签约。", "ResearchInstitute") == ["中国科学院大学杭州高等研究院"]
    assert kinds("他建议，未来合作可紧扣江苏理工学院的特色学科。", "ResearchInstitute") == ["江苏理工学院"]
    assert kinds("引进华为、中兴等企业。", "Enterprise") == ["华为", "中兴"]


def test_a_joined_item_never_reaches_across_its_lists_frame(tmp_path):
    # round 49 (清远): 及 before the last item of 以…为代表的 is the list's own joiner, not one sector
    text = "清远高新区紧扣产业发展核心，初步形成以新材料、装备制造、电子信息及生物制药为代表的“3+1”主导产业体系。"
    assert _industries(tmp_path, text) == {"新材料", "装备制造", "电子信息", "生物制药"}


def test_a_cut_before_a_parents_ending_and_running_one_make_no_names():
    # round 47 (唐山): 发展 cut a unit's name inside its parent's (…发展|研究院零碳…); 双方就 opens none;
    # rounds 50 and 41: 办 before an ending runs a body (打开门办实验室, 扎根怀化办大学), it names none
    assert kinds("双方就河北清华发展研究院零碳城乡技术研究中心项目进行签约。", "ResearchInstitute") == [
        "河北清华发展研究院零碳城乡技术研究中心"]
    assert kinds("九峰山实验室坚持“打开门办实验室”，为产业链上下游提供平台。", "ResearchInstitute") == ["九峰山实验室"]
    assert kinds("学校新闻扎根怀化办大学，服务产业求发展", "ResearchInstitute") == []


def test_a_brand_style_name_made_of_describing_words_is_no_company():
    # rounds 48, 50, 36 and 12: rarer verbs and adjectives (抛光, 不竭, 整机, 焊接) make no brand before
    # 材料/动力/装备/机器人, nor do counted things (一大批科技项目, round 35); a rare noun still may (天际)
    text = ("三是依托包头国家级稀土高新技术开发区，做强稀土产业下游产品，在已初步形成的稀土磁性材料、储氢材料、"
            "抛光材料、发光材料、催化剂及稀土合金材料基础上，积极引进高端应用技术和合作伙伴。")
    assert kinds(text, "Enterprise") == []
    assert kinds("科技创新是推动经济发展和社会进步的不竭动力。", "Enterprise") == []
    assert kinds("在汉威科技集团股份有限公司的展厅内，从传感器，到整机装备，再到智慧城市系统平台，一条完整的"
                 "传感器产业链清晰呈现。", "Enterprise") == ["汉威科技集团股份有限公司"]
    assert kinds("唐山高新区以工业焊接机器人为先导的智能焊接装备制造业处于领先地位。", "Enterprise") == []
    assert "一大批科技" not in kinds("智造湖南3D打印等一大批科技项目纷纷落地开工。", "Enterprise")
    assert "天际汽车" in kinds("作为长沙高新区造车新势力，由天际汽车与京东联合打造的首款增程式电动汽车", "Enterprise")


def test_a_preposition_or_a_verb_of_going_opens_no_legal_name():
    # rounds 40 and 13: 在 and 据 before a legal name (据…公司技术总监…介绍), also where a place in
    # brackets carries the name back; round 54: 被派往 before one
    assert kinds("7月15日，在新疆众和股份有限公司，国内首条铝钢直焊全自动焊接生产线正开足马力赶订单。",
                 "Enterprise") == ["新疆众和股份有限公司"]
    assert kinds("据卡森（吉林）细胞资源库管理有限公司技术总监郭佩泽介绍", "Enterprise") == ["卡森（吉林）细胞资源库管理有限公司"]
    assert kinds("2022年入职后被派往平顶山华邦工程塑料有限公司，与其他6名同事一起", "Enterprise") == ["平顶山华邦工程塑料有限公司"]


def test_a_sentence_about_a_company_or_an_institute_gives_its_fields_not_the_zones_sectors(tmp_path):
    # rounds 50 and 38: an organisation opening a sentence that names no zone is what it speaks of
    text = ("武汉东湖高新区举行人才大会。\n华工科技作为湖北一家光电子产业骨干企业，一方面聚焦工业软件、人工智能、新材料等"
            "人才缺口较大的领域，吸纳引进领军人才。\n赢合科技的到来，让惠州锂电产业从终端拓展至上游装备。")
    assert _industries(tmp_path, text) == set()
    # the zone named in the sentence keeps the sectors as its own
    text = "华工科技作为东湖高新区骨干企业，聚焦工业软件、人工智能、新材料等领域。"
    assert _industries(tmp_path, text) >= {"人工智能", "新材料"}


def test_a_count_a_goal_or_a_designation_joined_names_no_cluster():
    # rounds 45, 44 and 39: “三个光谷” and “世界光谷” are slogans; round 37:
    # a sector that 进入 a national list of clusters is no cluster named 进入…; round 39: 多个 counts clusters
    clusters = lambda text: [m.name for m in find_mentions(text) if m.kind == "IndustrialCluster"]
    assert clusters("光谷的三大发展任务是科技创新、产业发展和产城融合，打造创新、富强、美丽“三个光谷”升级版。") == []
    assert clusters("东湖高新区管委会与武汉大学签署战略合作协议，共同打造“世界光谷”。") == []
    # rounds 113, 114, 116, 117 and 120: “光谷” and “中国光谷” are the zone's own names (data/zones.csv), and no
    # annotator of any round has made them a cluster; nor “武汉光谷” (eleven pages of rounds 181-195, each the zone)
    assert clusters("加快建设“武汉光谷”。") == []
    assert clusters("武汉东湖高新区（简称“光谷”）2025年新认定瞪羚企业505家。") == []
    assert clusters("新华社武汉2月15日电题：特写：探访生产复工中的“中国光谷”") == []
    assert clusters("铜山打造了三大创新平台，安全应急产业进入国家创新产业集群，国家高新技术企业数量排名第一。") == []
    assert clusters("新能源新材料在全市已经形成了中阳研砼等为龙头企业的多个新能源新材料产业集群。") == ["新能源新材料产业集群"]


def test_a_site_used_for_growing_sectors_names_the_zones_sectors(tmp_path):
    # round 53 (宿迁): 用于发展 grows the sectors; 用于 alone still names a market (用于通信…)
    text = ("宿迁高新区的项目总建筑面积45万平方米，重点用于发展北斗终端与位置服务、集成电路、5G物联、大数据储存计算等"
            "高附加值、高技术含量的电子信息产业。")
    assert {"集成电路", "电子信息"} <= _industries(tmp_path, text)
    assert _industries(tmp_path, "宿迁高新区企业生产的工业型材广泛用于通信、汽车等领域，产品远销海外。") == set()


def test_a_visit_to_the_zone_on_a_page_about_no_zone_yet_makes_it_the_scene(tmp_path):
    # round 52 (合肥): a city page's reporter comes to the zone; what the sentence then lists is the zone's
    text = ("【“科创之城”合肥2022开年观察】新华社合肥1月24日电（记者杨玉华）\n\n地处中部的合肥，“科创之路”有何特色？\n\n"
            "春节前，传来好消息：中国科大郭光灿院士团队创造833公里光纤量子密钥分发传输距离新世界纪录。\n\n"
            "新年伊始，记者来到合肥高新区云飞路，这条数百米长的街道聚集着20多家量子科技企业，包括国盾量子、本源量子、国仪量子等。")
    assert {"国盾量子", "本源量子"} <= _hosted(tmp_path, text)
    # on a page about a zone, a visit to another is still a visit (the topic keeps its firms)
    text = "苏州高新区集聚了一批龙头企业。\n代表团赴深圳高新区考察，参观了华为。"
    assert "华为" not in _hosted(tmp_path, text)


def test_a_five_year_plans_standard_title_without_brackets_is_its_zones_plan(tmp_path):
    # rounds 24, 45, 42, 39: a page's title line names the plan without 《》, after its zone or its place;
    # the same plan written with 2035 and 二〇三五 is one policy
    text = ("天津滨海高新技术产业开发区国民经济和社会发展第十四个五年规划和二0三五年远景目标纲要发布日期：2021-07-31\n"
            "天津滨海高新技术产业开发区国民经济和社会发展第十四个五年规划和2035年远景目标纲要前言\n"
            "为深入贯彻落实《南京市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》精神。")
    plans = _objects(tmp_path, text, "implementsPolicy")
    assert "天津滨海高新技术产业开发区国民经济和社会发展第十四个五年规划和二0三五年远景目标纲要" in plans
    assert not any("2035年" in plan for plan in plans)
    assert [m.name for m in find_mentions("南京市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要提出") if m.kind == "Policy"] == [
        "南京市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"]


def test_round_55s_edges_of_names_units_and_lists():
    # round 55: a CAS institute's branch named by its short form (声学所青岛分所); the academy's
    # institutes in general (中科院系统的科研院所) name none; 将为 and 遍布 open no sector; 另据 no company
    text = "已引进中科院声学所青岛分所、青岛工业软件研究所，中科院系统的科研院所纷纷落户。"
    assert kinds(text, "ResearchInstitute") == ["中科院声学所青岛分所", "青岛工业软件研究所", "中科院"]
    assert [m.surface for m in find_mentions("将为合肥市生命健康产业集群做大做强提供新保障。")
            if m.kind == "IndustrialCluster"] == ["生命健康产业集群"]
    sectors = kinds("公司研制激光快速成型设备，设备用户遍布医疗、航空航天、汽车等行业。", "Industry")
    assert not any("遍布" in s for s in sectors)
    assert kinds("另据裕泰纺织有限公司负责人介绍", "Enterprise") == ["裕泰纺织有限公司"]


def test_a_branch_named_by_its_parents_short_form_has_the_parent_by_its_full_name(tmp_path):
    # rounds 45 and 55: …计算所烟台分所 belongs to 中国科学院计算技术研究所 (the alias table's name), not to a
    # second node named 中国科学院计算所
    facts = facts_of(tmp_path, "烟台高新区引进了中科院计算所烟台分所、中科院声学所青岛分所。")
    parents = {(s, o) for s, p, o in facts if p == "subOrganizationOf"}
    assert ("中国科学院计算所烟台分所", "中国科学院计算技术研究所") in parents
    assert ("中国科学院声学所青岛分所", "中国科学院声学研究所") in parents
    assert not any(o in ("中国科学院计算所", "中国科学院声学所") for _, o in parents)


def test_a_local_limited_company_named_like_a_listed_one_belongs_to_it(tmp_path):
    # rounds 38 and 55: the same words, another place, 有限公司 against 股份有限公司
    text = ("惠州仲恺高新区引进深圳市赢合科技股份有限公司，设立惠州市赢合科技有限公司。\n"
            "江苏顺风新能源科技有限公司落户武进高新区，顺风新能源科技有限公司投资5亿元。")
    parents = {(s, o) for s, p, o in facts_of(tmp_path, text) if p == "subOrganizationOf"}
    assert ("惠州市赢合科技有限公司", "深圳市赢合科技股份有限公司") in parents
    assert not any("顺风" in s for s, _ in parents)


def test_firms_a_zones_firm_is_a_supplier_of_are_its_customers(tmp_path):
    # rounds 36, 55, 28, 30: 是X的…供应商 names X a customer; X是…供应商 leaves X the supplier
    text = "平顶山高新区的森源电气拥有技术专利150余项，是国家电网、南方电网的优秀供应商。"
    assert not _hosted(tmp_path, text) & {"国家电网", "南方电网"}
    text = "安顺高新区企业负责人说：“我们现在是波音、空客等国际知名航空企业的零部件供应商。”"
    assert "空客" not in _hosted(tmp_path, text)
    text = "连云港高新区的大陆汽车电子是全国最大的轮速传感器供应商，日产能达10万只。"
    assert "大陆汽车电子" in _hosted(tmp_path, text)


def test_you_opening_a_list_and_places_listed_as_such_are_no_companies():
    # rounds 28 and 36: 有 opens a list of peers or brands (有朗讯、惠普…, 企业有永健生物、澳龙生物);
    # round 54: places a visit went to, listed 等地, are no companies
    assert "有朗讯" not in kinds("世界排名前500家公司中，有朗讯、惠普、可口可乐、三菱重工等10多家在此设立机构。", "Enterprise")
    assert not any(n.startswith("有") for n in kinds("荣昌高新区引进的兽药企业有永健生物、澳龙生物等18家。", "Enterprise"))
    text = "调研团队分两队分别到高新区白马园区、汉安孵化器、科创园等地参观考察了区内代表企业的发展情况。"
    assert kinds(text, "Enterprise") == []
    assert kinds("万科、保利等地产企业入驻。", "Enterprise") == ["万科", "保利"]


def test_a_describing_list_item_and_the_customers_verb_open_no_company():
    # round 54: a demonstrative or a degree opens no company (这一风靡欧洲、极具知名度…的国际品牌);
    # round 51: 主要配套 is the customers' verb, not part of the first customer's name
    assert kinds("自此，这一风靡欧洲、极具知名度和影响力的国际品牌正式在此实现本土化生产。", "Enterprise") == []
    assert kinds("IC和圆晶产品主要配套三星、华为、海力士等知名品牌，全部出口。", "Enterprise")[:2] == ["三星", "华为"]


def test_places_bodies_firms_and_phases_listed_among_sectors_are_no_sectors(tmp_path):
    # rounds 21, 22, 26: 国家大学科技城, 高铁新城, 长三院, 骨干企业, 世纪联合二期 stand in lists of sectors
    text = "南昌高新区把电子信息、航空制造、医药健康、新材料、国家大学科技城等5个产业基地作为项目产业化载体。"
    assert "国家大学科技城" not in _industries(tmp_path, text)
    text = "荆州高新区狠抓“一主两优一配套”（现代农业、数字经济、智能装备、高铁新城）四大产业。"
    assert not any("新城" in s for s in _industries(tmp_path, text))
    text = "泰安高新区已经形成了机械装备制造、医药及食品、新材料三大主导产业，以骨干企业为龙头的六大特色产业园区。"
    assert "骨干企业" not in _industries(tmp_path, text)


def test_a_verb_opening_a_listed_sector_an_area_and_a_groups_park_are_no_names():
    # round 56: 聚焦 and 导入 open no sector; …配套区 is an area; 航天科技产业园 a group's park, no company;
    # 重点项目 opens no institute's name
    sectors = kinds("济南高新区将通过加强生物医药、聚焦集成电路、量子科技、人力资本等方面产业。", "Industry")
    assert "集成电路" in sectors and not any(s.startswith("聚焦") for s in sectors)
    assert "高端装备制造" in kinds("项目将通过导入高端装备制造、电子信息等产业，打造高端产业集聚区。", "Industry")
    assert "航天科技产业园" not in kinds("烟台高新区规划建设航天科技产业园、海洋生物产业园等园区。", "Enterprise")
    assert kinds("签约重点项目京广协同创新中心。", "ResearchInstitute") == ["京广协同创新中心"]


def test_a_clause_opened_by_the_zones_city_named_as_a_city_is_the_citys(tmp_path):
    # corpus (001, 厦门): 厦门市把发展数字经济作为…: the city's strategy, not the zone's sector
    text = ("厦门火炬高新区集聚了一批集成电路企业。\n"
            "厦门市把发展数字经济作为长期战略重点，加快制造业数字化转型，推动数字经济与实体经济深度融合。")
    assert "数字经济" not in _industries(tmp_path, text)


def test_two_projects_each_introduced_by_its_investment_name_their_investors():
    # round 56 (芜湖): a list of invested projects names its investors as other project lists do
    text = ("其中10亿元以上项目2个，分别为总投资10.5亿元的斯高德智慧农业自动化成套设备研发与生产基地项目和总投资10.2亿元的"
            "职通新型产学研技能人才职业教育实训基地项目。")
    assert kinds(text, "Enterprise") == ["斯高德", "职通"]


def test_companies_listed_as_a_chains_partners_are_companies():
    # round 56 (武进): …等产业链合作方 heads a list of companies as 等…企业 does
    text = "签约仪式上，西安电子科技大学团队、武岳峰资本、武南汇智、常州承芯等产业链合作方同时签订合作意向书。"
    assert kinds(text, "Enterprise") == ["武岳峰资本", "武南汇智", "常州承芯"]


def test_wo_shi_opening_a_sentence_is_the_city_speaking(tmp_path):
    # rounds 48, 51, 56: 我市 (our city) as the subject, after an opening or a byline (常报全媒体讯)
    text = "武进国家高新区与西安电子科技大学举行签约仪式。\n常报全媒体讯我市集成电路产业迎来发展新机遇。"
    assert "集成电路" not in _industries(tmp_path, text)
    text = "武进国家高新区与西安电子科技大学举行签约仪式。\n武进高新区集成电路产业迎来发展新机遇。"
    assert "集成电路" in _industries(tmp_path, text)


def test_the_fields_projects_cover_are_sectors_where_one_is_known(tmp_path):
    # round 55 (合肥), rounds 12, 20, 26, 30, 52: 项目涵盖A、B、C等领域 with a known sector among them names sectors
    text = "合肥高新区此次集中落地生命健康产业重点项目30个，项目涵盖高端医疗器械、生物药、高端仿制药、医药服务等领域。"
    assert {"生物药", "高端仿制药", "医药服务"} <= _industries(tmp_path, text)
    text = "昆山高新区新签约项目涵盖城市更新、股权投资、产融协作、国企联动等领域。"
    assert _industries(tmp_path, text) == set()


def test_the_fields_a_zone_has_formed_are_sectors(tmp_path):
    # round 55 (肇庆): 已初步形成A、B、C…等领域全面发展新格局
    text = "肇庆高新区已初步形成新能源整车、汽车关键零部件、智能网联、汽车轻量化、充电设施、汽车后市场等领域全面发展新格局。"
    assert {"新能源整车", "智能网联", "汽车后市场"} <= _industries(tmp_path, text)


def test_units_named_after_a_steel_solar_or_internet_group_belong_to_it(tmp_path):
    # rounds 24, 41, 47 and 55: 攀钢钛业, 马钢诚兴…, 阿特斯研究院 and 百度（青岛）智创基地 are the groups' units
    # (data/enterprise_groups.csv), the group named by the short form the text writes
    text = ("攀枝花钒钛高新区汇聚了攀钢钛业等一批钒钛科技创新领军企业。\n"
            "慈湖高新区节能环保产业领域的重点企业马钢诚兴金属资源有限公司因新增项目落地投产。\n"
            "嘉兴秀洲高新区内，阿特斯研究院完成基础设施建设。\n"
            "青岛高新区引进了一批项目，中兴青岛科技产业园、百度（青岛）智创基地、腾讯双创小镇落户高新区。")
    facts = facts_of(tmp_path, text)
    parents = {(s, o) for s, p, o in facts if p == "subOrganizationOf"}
    assert ("攀钢钛业", "攀钢集团有限公司") in parents
    assert ("马钢诚兴金属资源有限公司", "马钢（集团）控股有限公司") in parents
    assert ("阿特斯研究院", "阿特斯阳光电力集团股份有限公司") in parents
    assert ("青岛高新技术产业开发区", "hostsEnterprise", "百度公司") in facts


def test_a_sector_is_also_named_by_the_phrase_its_label_opens():
    # rounds 21, 26, 54, 55 and 56: 钢铁深加工, 创新药物, 汽车关键零部件 as written are forms of the taxonomy's
    # 钢铁, 创新药, 汽车; a word running on past the phrase (汽车配套企业) adds none
    registry = Registry()
    for text, label, written in (("围绕光电产业园、钢铁深加工产业园招商", "钢铁", "钢铁深加工"),
                                 ("形成了创新药物、医疗器械和生物材料全面发展的产业格局", "创新药", "创新药物"),
                                 ("装备制造基地的电子显示器件、汽车整车、汽车关键零部件，初步构成", "汽车", "汽车关键零部件")):
        found = [m for m in find_mentions(text) if m.kind == "Industry" and m.extra.get("written") == written]
        assert [m.name for m in found] == [label]
        assert written in registry.resolve(found[0], "x.txt").forms
    assert not any(m.extra.get("written") for m in find_mentions("引进汽车配套企业") if m.kind == "Industry")


def test_provincial_zones_listed_by_their_places_are_zones():
    # rounds 16, 36 and 37: a list of places sharing 高新区 names provincial zones no list holds (flagged by
    # their rule), counties among them where the list says 省级; a list of bodies names none
    text = ("全省有沈阳、大连、鞍山8个国家级高新区和抚顺、丹东、铁岭、葫芦岛、绥中7个省级高新区。"
            "其中滁州、安庆、阜阳界首、宣城、池州省级高新区争创国家高新区的请示已报国务院。"
            "听取了自治区经济和信息化委员会、包头市政府、包头稀土高新技术产业开发区管委会的汇报。")
    found = {(m.surface, m.name, m.rule) for m in find_mentions(text) if m.kind == "Zone"}
    assert {("绥中", "绥中高新区", "zone-list-pattern"), ("丹东", "丹东高新区", "zone-list-pattern"),
            ("阜阳界首", "阜阳界首高新区", "zone-list-pattern"), ("沈阳", "沈阳高新技术产业开发区", "zone-list"),
            # (滁州's provincial zone was upgraded in 2022, data/zones.csv: the list's item is that zone, known)
            ("滁州", "滁州高新技术产业开发区", "zone-list")} <= found
    assert not any(surface.startswith(("其中", "包头市")) for surface, _, _ in found)
    # round 57 (常德): the list after its head, counties named 津市 and 澧县 among them
    found = {m.name for m in find_mentions("1家国家高新区，即常德高新区；7家省级高新区，即汉寿、桃源、津市、澧县、临澧、石门、安乡高新区。")
             if m.kind == "Zone"}
    # (安乡高新区, written whole, is read by the zone pattern, as data/counties.csv knows 安乡县)
    assert {"汉寿高新区", "津市高新区", "澧县高新区", "安乡高新技术产业开发区", "常德高新技术产业开发区"} <= found


def test_a_provincial_zone_named_after_its_district_is_a_zone():
    # round 107 (扬州): 江都高新区 is 江都区's provincial zone, which no list of national zones holds;
    # the corpus: 新和, a county of 新疆, inside 科技创新和国家高新区 names no zone
    found = {(m.surface, m.rule) for m in find_mentions("近年来，江都高新区把重大项目建设作为“头号工程”。") if m.kind == "Zone"}
    assert found == {("江都高新区", "zone-pattern")}
    text = "各国家高新区要始终将习近平总书记关于科技创新和国家高新区的重要讲话精神作为行动指南。"
    assert not [m for m in find_mentions(text) if m.kind == "Zone" and m.surface.startswith("新和")]
    # round 24 (威海): 高明 (a district of 佛山) opens a man's name, 高明读, before 代表高新区
    text = "区党工委委员、商务局局长高明读代表高新区管委与香港盛望公司现场签约。"
    assert not [m for m in find_mentions(text) if m.kind == "Zone" and m.surface.startswith("高明")]


def test_a_place_opening_the_fields_joined_in_an_institutes_name_opens_the_name():
    # round 57: 江西省钨与稀土研究院 and 无锡特殊食品与营养健康研究院 are one name each; 苏州高新区与… and
    # 河南神玖天航与轻院研究院 are two parties
    found = lambda text: [m.surface for m in find_mentions(text) if m.kind == "ResearchInstitute"]
    assert found("创始人张晓军,无锡特殊食品与营养健康研究院执行院长崔树茂作交流发言。") == ["无锡特殊食品与营养健康研究院"]
    assert "江西省钨与稀土研究院" in found("在检验中心内,江西省钨与稀土研究院的工作人员介绍了情况。")
    assert found("苏州高新区与南京大学研究院合作") == ["南京大学研究院"]
    assert "河南神玖天航与轻院研究院" not in found("河南神玖天航与轻院研究院签约")


def test_materials_joined_as_a_sectors_examples_are_no_company():
    # round 57 (常州): 以碳纤维和石墨烯为代表的新型碳材料产业 gives examples of a sector
    assert kinds("常州在全国率先布局以碳纤维和石墨烯为代表的新型碳材料产业，经过十余年的发展。", "Enterprise") == []


def test_what_a_thing_combines_is_no_company():
    # round 57 (丰城): 集高科技、智能化、环保型为一体 describes a base; a company's 集团 is still read
    text = "浙江锦豪控股有限公司投资兴建，致力打造一个集高科技、智能化、环保型为一体的现代化产业基地。"
    assert kinds(text, "Enterprise") == ["浙江锦豪控股有限公司"]


def test_a_groups_short_name_after_its_placed_name_is_the_same_company(tmp_path):
    # round 57 (枣庄): 海特电子 after 山东海特电子集团 is that group; 中国电子 after 中国电子科技集团 is not
    facts = facts_of(tmp_path, "枣庄高新区内，山东海特电子集团生产的高效能锂电池广泛应用于巡逻车。\n"
                               "海特电子与中信集团合作，开发生产磷酸铁锂电池正极材料。")
    assert {o for s, p, o in facts if p == "hostsEnterprise" and "海特" in o} == {"山东海特电子集团"}
    registry = Registry()
    path = tmp_path / "b.txt"
    path.write_text("中国电子科技集团、中国电子信息产业集团、日本丰达电机有限公司等一批企业落户南宁高新区。", encoding="utf-8")
    extract_document(read_document(path), registry)
    assert "中国电子" not in registry.get(("Enterprise", "中国电子科技集团")).forms


def test_companies_whose_people_gather_at_an_event_are_not_hosted(tmp_path):
    # round 48 (长沙): 华为、…、腾讯等40多家知名企业高管齐聚…参加…大会 names guests' employers; round 54
    # (内江): the zone's people first, then its companies' 代表出席: the zone's own meeting
    facts = facts_of(tmp_path, "长沙高新区消息。2020年11月3日上午，院士和华为、中国电子、戴尔、阿里巴巴、腾讯等40多家知名企业高管"
                               "齐聚长沙梅溪湖国际文化艺术中心，参加正在这里举行的2020世界计算机大会。")
    assert not any(p == "hostsEnterprise" for s, p, o in facts)
    facts = facts_of(tmp_path, "内江高新区党工委副书记王海涛、科技局相关负责人，国星空天、晶益通半导体等企业代表出席本次交流会。")
    assert ("内江高新技术产业开发区", "hostsEnterprise", "国星空天") in facts


def test_a_preposition_opening_a_short_first_item_and_designations_of_firms_are_no_names():
    # round 58: （以步长、科瑞德等为龙头） names 步长; 以瞪羚、潜在独角兽、独角兽等为代表的新物种企业 names kinds of firm
    assert kinds("形成产业集聚区（以步长、科瑞德等为龙头）、创新创业配套区。", "Enterprise") == ["步长", "科瑞德"]
    assert kinds("院士张景安指出，以瞪羚、潜在独角兽、独角兽等为代表的新物种企业具有强大的发展潜力。", "Enterprise") == []
    # …after a verb too: 也将持续深化与中央、省属国有企业…的务实合作
    assert kinds("也将持续深化与中央、省属国有企业和西农校友企业的务实合作。", "Enterprise") == []


def test_a_chain_or_a_grade_around_a_sector_is_no_part_of_its_name():
    # round 58 (自贡): 以钠电全产业链为代表的千亿级新能源产业集群 names the sectors 钠电 and 新能源, no company
    found = {(m.kind, m.name) for m in find_mentions(
        "全力打造以钠电全产业链为代表的千亿级新能源产业集群。")}
    assert ("Industry", "钠电") in found and ("IndustrialCluster", "新能源产业集群") in found
    assert not any(kind == "Enterprise" or "千亿" in name or "产业链" in name for kind, name in found)


def test_items_listed_as_projects_beside_an_institute_are_no_companies():
    # round 58 (杨凌): 签约涉及地热供暖、…、太阳景研发中心、…工程研究中心等项目 lists projects
    text = ("签约涉及地热供暖、陕西农业高质量发展基金、国家现代种业发展基金、马来西亚农产品双边贸易、太阳景研发中心、"
            "水产药物与疫苗陕西省高校工程研究中心等项目。")
    assert "地热供暖" not in kinds(text, "Enterprise")


def test_a_visited_list_holding_an_everyday_word_lists_what_visitors_do():
    # rounds 41 and 58: 邀请企业考察交流、投资兴业 and …考察、商务洽谈、投资建厂 name no company
    assert kinds("与此同时，无锡高新区邀请企业考察交流、投资兴业，在着力推动高质量发展。", "Enterprise") == []


def test_rare_earth_hydrogen_storage_materials_are_a_sector():
    # rounds 48 and 58 (包头): 储氢材料和抛光材料产量… names sectors, not a company
    text = "包头市构建了多元化发展的产业格局，储氢材料和抛光材料产量全国第一。"
    assert kinds(text, "Enterprise") == []
    assert "稀土储氢材料" in {m.name for m in find_mentions(text) if m.kind == "Industry"}


def test_customers_named_as_what_a_firms_clients_mostly_are_are_not_hosted(tmp_path):
    # round 58 (中关村密云园): 客户以中国石化、中国石油、中海油等国有企业为主
    facts = facts_of(tmp_path, "中关村科技园区密云园培育产业集群。\n落户中关村密云园的北京龙鼎源科技股份有限公司主要面向石油天然气行业，"
                               "客户以中国石化、中国石油、中海油等国有企业为主。")
    hosted = {o for s, p, o in facts if p == "hostsEnterprise"}
    assert hosted == {"北京龙鼎源科技股份有限公司"}


def test_each_of_a_lists_clusters_is_written_by_its_own_sector(tmp_path):
    # rounds 20 and 41: 新材料、生物医药…“3+2”主导产业集群 gave the 新材料 cluster the whole list as a form
    path = tmp_path / "doc.txt"
    path.write_text("淄博高新区重点培育新材料、生物医药、智能制造以及金融科技、高端物流“3+2”主导产业集群。", encoding="utf-8")
    registry = Registry()
    extract_document(read_document(path), registry)
    forms = registry.get(("IndustrialCluster", "淄博高新区新材料产业集群")).forms
    assert "新材料产业集群" in forms and not any("、" in form for form in forms)


def test_ju_before_a_placed_legal_name_is_according_to():
    # round 41 (天津): …董事长杨川据天津海泰科技发展股份有限公司介绍 names 天津海泰科技发展股份有限公司;
    # 大数据 keeps its 据
    assert kinds("内资招商专访海泰发展董事长杨川据天津海泰科技发展股份有限公司介绍，", "Enterprise") == ["天津海泰科技发展股份有限公司"]
    assert kinds("引进了贵州大数据科技有限公司。", "Enterprise") == ["贵州大数据科技有限公司"]


def test_titles_of_proposals_requirements_goals_and_actions_are_policies():
    # rounds 25, 46, 52, 53 and 55: 《中共中央关于制定…的建议》, 《关于做好…工作的要求》, 《…纲要和2035年远景目标》,
    # 《云南省开发区振兴三年行动（2023—2025年）》 are policy documents; 《我的建议》 is not
    names = lambda text: {m.name for m in find_mentions(text) if m.kind == "Policy"}
    assert names("根据《中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》《扬州市国民经济和社会发展"
                 "第十四个五年规划纲要和2035年远景目标》等文件，制定本规划。") == {
        "中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议",
        "扬州市国民经济和社会发展第十四个五年规划纲要和2035年远景目标"}
    assert names("依据《关于做好国家高新区十四五规划编制有关工作的要求》编制。") == {"关于做好国家高新区十四五规划编制有关工作的要求"}
    assert names("自《云南省开发区振兴三年行动（2023—2025年）》出台，楚雄高新区加快发展。") == {"云南省开发区振兴三年行动（2023—2025年）"}
    assert names("他出版了《我的建议》一书。") == set()


def test_made_in_china_2025_is_a_known_policy():
    # rounds 21, 36 and 46: 《中国制造2025》 and “中国制造2025” name the State Council's plan (data/policies.csv)
    policies = [m for m in find_mentions("这批新项目都属于“中国制造2025”鼓励发展的领域，紧密对接《中国制造2025》。") if m.kind == "Policy"]
    assert {m.name for m in policies} == {"中国制造2025"}


def test_shi_zhi_opens_a_name_and_a_post_held_jointly_ends_one():
    # round 59: 7是指哈尔滨工业大学、… names 哈尔滨工业大学; 沃尔沃汽车中国区CEO兼大庆沃尔沃汽车制造有限公司董事长
    # names the company after 兼
    assert kinds("7是指哈尔滨工业大学、北京航空航天大学7所工信部直属高校", "ResearchInstitute")[0] == "哈尔滨工业大学"
    assert "大庆沃尔沃汽车制造有限公司" in kinds("在沃尔沃汽车中国区CEO兼大庆沃尔沃汽车制造有限公司董事长童志远看来，", "Enterprise")


def test_half_a_joined_name_and_a_described_kind_of_firm_are_no_companies():
    # round 59: 海南世纪影城、化学和生物制药基地等项目; 一家…的大型医药集团; 随着全球新能源汽车进入普及应用阶段
    assert "化学和" not in kinds("随着海南世纪影城、化学和生物制药基地、医用粒子扫描仪等项目落户海口，", "Enterprise")
    assert kinds("安士制药已经发展成为一家中美双认证的大型医药集团。", "Enterprise") == ["安士制药"]
    assert kinds("随着全球新能源汽车进入普及应用阶段，发展锂电池材料迎来机遇期。", "Enterprise") == []


def test_verbs_of_leaving_and_learning_open_no_name():
    # round 59: 离开探未光电, 得知该实验室 (离开 and 得知 in data/words/left_boundaries.txt)
    assert kinds("计划未来5年，将总产值做到15亿元。离开探未光电，记者来到位于园区11栋、12栋的企业。", "Enterprise") == ["探未光电"]


def test_a_testing_centres_branch_named_with_joined_fields_is_read_whole():
    # round 57 (赣州): 在国家钨与稀土产品质量监督检验中心高新区分中心内 names one body, the branch of a testing centre
    found = kinds("在国家钨与稀土产品质量监督检验中心高新区分中心内，江西省钨与稀土研究院研发部副部长刘宜强介绍。",
                  "ResearchInstitute")
    assert found == ["国家钨与稀土产品质量监督检验中心高新区分中心", "江西省钨与稀土研究院"]


def test_a_zones_district_in_brackets_opens_no_sector():
    # round 59 (乌鲁木齐): 聚焦乌鲁木齐高新区（新市区）新一代信息技术、生物医药…等特色优势产业
    names = {m.name for m in find_mentions("聚焦乌鲁木齐高新区（新市区）新一代信息技术、生物医药、新能源、新材料等特色优势产业。")
             if m.kind == "Industry"}
    assert "新一代信息技术" in names and not any("（" in name for name in names)


def test_a_nicknamed_clusters_sector_is_written_as_the_table_names_it():
    # rounds 23 and 39 (中山): “湾区药谷” gave the sector 生物医药 the form 湾区药
    sectors = [m.extra["sector"] for m in find_mentions("中山火炬高新区正着力推进“湾区光谷”“湾区药谷”建设。")
               if m.kind == "IndustrialCluster"]
    assert len(sectors) == 2 and not any(m.surface.startswith("湾区") for m in sectors)


def test_what_projects_are_like_names_no_investor():
    # round 44 (惠州仲恺): 主动谋划一批牵动性强的大项目、好项目; round 24 (大庆): 新产投的聚碳酸酯、中飞石化…项目 still names both
    assert kinds("陈江积极融入国家重大战略，主动谋划一批牵动性强的大项目、好项目。", "Enterprise") == []
    assert {"新产投", "中飞石化"} <= set(kinds("着新产投的聚碳酸酯、中飞石化150万吨烷烃综合利用等一批“重点化尾”项目的推进", "Enterprise"))


def test_a_parks_technology_is_no_company():
    # round 53 (中关村): 充分发挥海淀园科技和人才资源优势
    assert kinds("充分发挥海淀园科技和人才资源优势，引导适合在分园产业化的技术落地转化。", "Enterprise") == []


def test_mccs_units_belong_to_it(tmp_path):
    # round 57 (大连) and 48 (长沙): 中冶焦耐, 中冶长天 are units of 中国冶金科工集团 (data/enterprise_groups.csv)
    facts = facts_of(tmp_path, "大连高新区召开2022年营商环境座谈会，IBM、中冶焦耐、大连优迅等十余家企业齐聚一堂。")
    assert ("中冶焦耐", "subOrganizationOf", "中国冶金科工集团有限公司") in facts


def test_clusters_of_the_sectors_a_list_says_lead_them(tmp_path):
    """以“…”为主导的产业集群 and …为主导的“3 1”产业集群 (a code whose plus sign the page lost): one
    cluster per sector listed, as 荣昌高新区's and 龙岩高新区's pages name them."""
    facts = facts_of(tmp_path, "泸州高新区重点发展智能装备制造、医疗器械和轻工陶瓷产业为主导的“2 1”产业集群。")
    clusters = {o for s, p, o in facts if p == "hasCluster"}
    assert clusters == {"泸州高新区智能装备制造产业集群", "泸州高新区医疗器械产业集群", "泸州高新区轻工陶瓷产业集群"}
    facts = facts_of(tmp_path, "宜宾高新区已初步形成了以“新能源汽车、工程机械、生物医药”为主导的产业集群。")
    assert {o for s, p, o in facts if p == "hasCluster"} == {
        "宜宾高新区新能源汽车产业集群", "宜宾高新区工程机械产业集群", "宜宾高新区生物医药产业集群"}


def test_a_known_companys_arm_named_by_its_place_in_brackets(tmp_path):
    """台积电（南京）公司, 东软（大连）: the company's arm in that place, a unit of the company, named as
    written (with 公司 where the text has it, as annotators of rounds 24 and 114 name it); but
    奇瑞（鄂尔多斯）智能网联汽车产业园 is the company's park, and the company is the one named."""
    facts = facts_of(tmp_path, "南京高新区企业台积电（南京）公司12吋晶圆项目已正式量产。")
    assert ("南京高新技术产业开发区", "hostsEnterprise", "台积电（南京）公司") in facts
    assert ("台积电（南京）公司", "subOrganizationOf", "台积电") in facts
    facts = facts_of(tmp_path, "罗格朗(无锡)公司2001年入驻无锡高新区。")
    assert ("无锡高新技术产业开发区", "hostsEnterprise", "罗格朗（无锡）公司") in facts
    facts = facts_of(tmp_path, "大连高新区龙头企业华信、文思海辉、东软（大连）等公司出口创汇位居前列。")
    assert ("东软（大连）", "subOrganizationOf", "东软集团股份有限公司") in facts
    names = kinds("鄂尔多斯高新区内，奇瑞（鄂尔多斯）智能网联汽车产业园标准化厂房已封顶。", "Enterprise")
    assert "奇瑞（鄂尔多斯）" not in names


def test_a_foreign_brand_with_its_trade_and_place_in_brackets_names_its_arm(tmp_path):
    """美光半导体（西安）有限责任公司: 美光 (Micron) with its trade and its place, a unit of 美光, as the
    annotators of round 162 read it; 信念医药科技（苏州）有限公司 (a Chinese brand with its trade) is the
    company's own name, as round 151's read it."""
    facts = facts_of(tmp_path, "西安高新区运动会，来自美光半导体（西安）有限责任公司、三星（中国）半导体有限公司等11家外企近300人参加。")
    assert ("美光半导体（西安）有限责任公司", "subOrganizationOf", "美光") in facts
    facts = facts_of(tmp_path, "苏州高新区，华理苏州工业技术研究院与信念医药科技（苏州）有限公司等21个项目进行现场签约。")
    assert not {o for s, p, o in facts if p == "subOrganizationOf" and s.startswith("信念")}


def test_a_time_word_before_a_legal_name_is_no_part_of_it():
    """本网讯，日前南车集团株洲电力机车有限公司计划投资…(round 168): 日前 (the other day) starts no name,
    no more than 目前 does; the company and its group are 南车集团's."""
    names = kinds("本网讯，日前南车集团株洲电力机车有限公司计划投资33.5亿在株洲高新区新建南车时代工业园。", "Enterprise")
    assert names == ["南车集团株洲电力机车有限公司"]


def test_a_plant_being_built_is_no_factory_named_by_its_place():
    """2010年富士康在成都投资建厂以来 (round 168): 建厂 is building a plant, so 成都投资建厂 is no factory
    named by its city the way 哈尔滨电表厂 is."""
    assert kinds("记者了解到，2010年富士康在成都投资建厂以来，富士康成都园区稳步发展。", "Enterprise") == ["富士康", "富士康"]
    assert kinds("哈尔滨电表厂落户哈尔滨高新区。", "Enterprise") == ["哈尔滨电表厂"]


def test_a_group_holding_its_subsidiary_is_the_group(tmp_path):
    """中国华电集团控股子公司华电新能源发展有限公司 (round 168): 控股 before 子公司 is the group holding its
    unit, as 控股的 is, so the owner is 中国华电集团, no company 中国华电集团控股."""
    facts = facts_of(tmp_path, "株洲高新区。株洲电力机车有限公司与中国华电集团控股子公司华电新能源发展有限公司在北京共同签署了协议。")
    assert ("华电新能源发展有限公司", "subOrganizationOf", "中国华电集团") in facts
    assert not any("集团控股" in o for s, p, o in facts)


def test_company_names_after_verbs_of_founding_and_with_their_place_in_brackets():
    """催生出X有限公司 (a verb opening no name); 奇晟企业管理（天津）有限责任公司 (企业管理 its business, the place
    in brackets no cut); 下一步将引进年产…项目 (no investor: a verb ends it); 六轴机器人 (a robot by its axes)
    and 报业集团 (a newspaper group, no name) are no companies."""
    names = kinds("团队注册企业实施成果转化，催生出创能科技（江苏）有限公司、镇江龙天科技有限公司等5家企业。", "Enterprise")
    assert names == ["创能科技（江苏）有限公司", "镇江龙天科技有限公司"]
    names = kinds("高新区分别与康赛妮集团有限公司、奇晟企业管理（天津）有限责任公司签约合作项目。", "Enterprise")
    assert "奇晟企业管理（天津）有限责任公司" in names
    names = kinds("宇泽一期项目已投产，下一步将引进年产20万吨的多晶硅项目。", "Enterprise")
    assert not any("引进" in name for name in names)
    assert kinds("车间采用了AGV智能小车、六轴机器人、MES系统等先进的设备。", "Enterprise") == []
    assert kinds("7月3日，报业集团采访小分队来到银川高新区。", "Enterprise") == []


def test_a_body_or_a_change_of_course_is_no_sector_and_a_universitys_labs_start_after_its_verb():
    text = "由银川市人民政府、中国纺织工业联合会产业集群工作委员会主办的大会开幕。"
    assert "纺织工业联合会" not in kinds(text, "Industry") and kinds(text, "IndustrialCluster") == []
    sectors = kinds("实现了由初加工向精深加工、贴牌产品向自主品牌、松散型经营向产业集群发展的转变。", "Industry")
    assert not any(name.endswith("向") for name in sectors)
    assert kinds("学校建有材料复合新技术国家重点实验室等科研基地。", "ResearchInstitute") == ["材料复合新技术国家重点实验室"]


def test_a_cluster_written_after_what_describes_it_names_a_sector_of_its_own():
    """…为支撑的数控精密机床集群, 打造500亿级的防爆产业集群: a cluster and a sector the taxonomy lacks; but
    the kind of cluster (现代化产业集群, 三大特色产业集群) names none, and a known sector inside stays one."""
    def clusters(text: str) -> list[str]:
        return [m.name for m in find_mentions(text) if m.kind == "IndustrialCluster"]

    assert clusters("形成了以长沙机床厂、金岭机床为支撑的数控精密机床集群。") == ["数控精密机床产业集群"]
    assert clusters("打造500亿级的光电产业集群和500亿级的防爆产业集群。") == ["光电产业集群", "防爆产业集群"]
    assert clusters("形成了具有地方特色的现代化产业集群。") == []
    assert clusters("江阴高新区着力打造的三大特色产业集群") == []
    assert "装备制造业" in kinds("形成了以华晨宝马为龙头的装备制造业生产集群。", "Industry")


def test_a_zone_company_named_by_its_place_and_gao_xin_without_qu():
    """济宁高新产业发展集团: the zone's own company, named as such companies are (its place, 高新, a
    business); a place no zone is named after, or 高新 alone (高新投资集团), opens none."""
    names = kinds("去年，济宁高新产业发展集团成功开启了建设济宁国际高端装备产业城的新序章。", "Enterprise")
    assert names == ["济宁高新产业发展集团"]
    assert kinds("2023年，济宁高新区管委会部署重点任务。", "Enterprise") == []


def test_yiji_after_a_known_sector_joins_two_sectors_of_a_list(tmp_path):
    facts = facts_of(tmp_path, "璧山高新区加快先进装备制造、电子信息以及医药食品三大主导产业向战略性新兴产业方向发展。")
    sectors = {o for s, p, o in facts if p == "hasIndustry"}
    assert {"电子信息", "医药食品"} <= sectors and not any("以及" in name for name in sectors)


def test_the_city_opening_a_sentence_before_a_clause_and_a_comma_is_its_subject(tmp_path):
    """常德在建设高新园区的基础上，大力发展…: the city's sectors, though a comma follows its opening clause
    (before, only a city after that clause was read as the subject)."""
    facts = facts_of(tmp_path, "常德高新区今年签约项目10个。常德在建设高新园区的基础上，大力发展先进装备制造、烟草、电子信息三大千亿产业。")
    assert not {o for s, p, o in facts if p == "hasIndustry"}


def test_the_city_government_opening_a_sentence_before_a_short_clause_is_its_subject(tmp_path):
    facts = facts_of(tmp_path, "常德高新区今年签约项目10个。市政府高度重视，大力发展新材料、生物医药等产业。")
    assert not {o for s, p, o in facts if p == "hasIndustry"}


def test_an_institutes_fields_stay_its_own_where_it_sits_in_an_economic_development_area(tmp_path):
    """…研究院位于无锡空港经济开发区，将打造在航空航天、生物医药等领域的…平台: the institute's fields; the
    economic development area named there is no zone that would make them the zone's."""
    facts = facts_of(tmp_path, "无锡高新区与香港理工大学签约。据介绍，香港理工大学无锡科技创新研究院位于无锡空港经济开发区，"
                               "将打造在航空航天、生物医药、新材料等领域的国内一流战略科技创新平台。")
    assert not {o for s, p, o in facts if p == "hasIndustry"}


def test_a_list_given_as_a_way_of_working_names_no_sectors():
    text = "洪江精细化工新材料特色产业基地以“循环经济、绿色化工、创新引领、持续发展”为发展思路，形成了光固化新材料产业链。"
    assert not {"循环经济", "绿色化工", "创新引领"} & set(kinds(text, "Industry"))


def test_the_city_written_with_shi_opening_a_sentence_is_its_subject(tmp_path):
    """白银市以…为引领，…: the city's, whatever verb follows (before, only a listed verb made it so); not
    where 市 opens a company's name (佛山市高信建设发展有限公司), a district's, or a list of parties."""
    facts = facts_of(tmp_path, "白银高新区今年签约项目12个。白银市以“一地八群”发展格局为引领，建设有色稀土新材料、生物医药产业集群。")
    assert not {o for s, p, o in facts if p in ("hasIndustry", "hasCluster")}
    facts = facts_of(tmp_path, "佛山高新区今年签约项目12个。佛山市高信建设发展有限公司总经理梁文冲表示，科创产业基地将于年底建成。")
    assert ("佛山高新技术产业开发区", "hostsEnterprise", "佛山市高信建设发展有限公司") in facts


def test_a_policy_titled_after_the_zone_is_the_zones_though_the_city_issues_it(tmp_path):
    facts = facts_of(tmp_path, "珠海高新区管委会召开会议。2019年8月，珠海市委、市政府出台《完善珠海国家高新区管理体制推动高质量发展的若干意见》。")
    assert ("珠海高新技术产业开发区", "implementsPolicy", "完善珠海国家高新区管理体制推动高质量发展的若干意见") in facts


def test_a_unit_named_after_a_group_on_the_same_page_belongs_to_it(tmp_path):
    facts = facts_of(tmp_path, "记者赴潜江高新区采访，长飞光纤一期项目也在稳步推进，其发展势头不可阻挡，已成为长飞集团内产能最大的单体工厂。")
    assert ("长飞光纤光缆股份有限公司", "subOrganizationOf", "长飞集团") in facts  # 长飞光纤, by the alias table
    facts = facts_of(tmp_path, "杭州高新区企业家李某与正泰集团董事长南存辉合作创建了浙江正泰太阳能科技有限公司。")
    assert ("浙江正泰太阳能科技有限公司", "subOrganizationOf", "正泰集团股份有限公司") in facts  # its place, then the brand
    # a group whose name is longer than a brand is a group of its own, not a unit of 高速集团
    facts = facts_of(tmp_path, "石家庄高新区与河北高速公路集团有限公司签约，高速集团将投资建设物流园。")
    assert not any(p == "subOrganizationOf" for s, p, o in facts)


def test_name_edges_of_round_61(tmp_path):
    # a verb before a legal name (探访), or before words and 公司 (夯实后续公司), is no part of a name
    text = "内江高新区：24家主流华文媒体探访内江国星空天科技有限公司、四川雄富蕊能科技有限公司。"
    assert {m.surface for m in find_mentions(text) if m.kind == "Enterprise"} == {"内江国星空天科技有限公司", "四川雄富蕊能科技有限公司"}
    assert kinds("内江国星空天科技有限公司总经理表示，团队正在“打地基”，夯实后续公司高速发展的基础。", "Enterprise") == ["内江国星空天科技有限公司"]
    # a sum before a project's capacity names no investor; a phrase with 的 is no peer of companies
    text = "宝鸡高新区签约4个项目，分别是投资3亿元的激光拼焊产品项目，投资2亿元的年产60万套汽车塑料燃油箱总成项目。"
    assert "亿元的" not in kinds(text, "Enterprise")
    text = "福州高新区以良好的软、硬投资环境吸引了中华映管、LG、EPSON、三协精机等跨国公司前来投资办厂。"
    assert not any("的" in name for name in kinds(text, "Enterprise"))


def test_a_korean_or_japanese_company_is_named_by_its_legal_ending(tmp_path):
    text = "枣庄高新区的亿恩科天润电解液项目由韩国亿恩科株式会社和天润新能源共同新上年产10万吨锂电池电解液项目。"
    # (named without its country since session 25, as 东芝株式会社 is: the written form stays a form)
    assert ("枣庄高新技术产业开发区", "hostsEnterprise", "亿恩科株式会社") in facts_of(tmp_path, text)


def test_a_regions_centre_and_a_designations_batch_are_no_institutes():
    # 经 of 经济 is no boundary word; a 经济圈's science centre is what a region is to become
    assert kinds("泸州高新区积极融入成渝地区双城经济圈科技创新中心建设。", "ResearchInstitute") == []
    # a title given to a company in a batch of designations
    text = "山东力创科技有限公司被认定为首批山东省数字经济产业创新中心。"
    assert kinds(text, "ResearchInstitute") == []


def test_a_legal_name_starts_at_its_place_after_words_or_an_outlets_credit():
    text = "钛谷新材料检测中心技术人员在检测新材料宝鸡鑫诺新金属材料有限公司医用钛材生产线。"
    assert kinds(text, "Enterprise") == ["宝鸡鑫诺新金属材料有限公司"]
    assert kinds("来源：东南网莆田市涵江区依吨多层电路有限公司无菌生产车间。", "Enterprise") == ["莆田市涵江区依吨多层电路有限公司"]
    # a brand before its place stays the name's, and so do words with nothing of their own after the place
    assert kinds("一汽解放青岛汽车有限公司落户。", "Enterprise") == ["一汽解放青岛汽车有限公司"]
    assert kinds("其中光线量子北京智能机器人科技有限公司带来的项目。", "Enterprise") == ["光线量子北京智能机器人科技有限公司"]


def test_an_institute_opening_with_a_known_companys_name_is_its_unit(tmp_path):
    facts = facts_of(tmp_path, "璧山高新区与重庆康佳光电技术研究院签约，推动Micro LED产业发展。")
    assert ("重庆康佳光电技术研究院", "subOrganizationOf", "康佳集团股份有限公司") in facts  # after its place
    registry = Registry()
    path = tmp_path / "doc.txt"
    path.write_text("璧山高新区与重庆康佳光电技术研究院签约。", encoding="utf-8")
    extract_document(read_document(path), registry)
    assert "康佳" in registry.get(("Enterprise", "康佳集团股份有限公司")).forms  # the parent as the name writes it
    # a school a company founded is a school of its own
    facts = facts_of(tmp_path, "福州高新区的福耀科技大学开学。")
    assert not any(p == "subOrganizationOf" for s, p, o in facts)


def test_a_plans_title_with_and_without_its_period_names_one_plan(tmp_path):
    text = ("乌鲁木齐高新区（新市区）国民经济和社会发展第十三个五年规划纲要\n"
            "乌鲁木齐高新技术产业开发区（新市区）立足本地实际，编制完成《乌鲁木齐高新区（新市区）国民经济和社会发展"
            "第十三个五年规划纲要（2016—2020年）》（简称《规划纲要》）。《规划纲要》阐明了新区未来五年战略意图。")
    policies = {o for _, p, o in facts_of(tmp_path, text) if p == "implementsPolicy"}
    assert policies == {"乌鲁木齐高新区（新市区）国民经济和社会发展第十三个五年规划纲要"}
    # two periods of one title are two plans
    text = "苏州高新区实施《苏州高新区产业发展规划（2016—2020年）》和《苏州高新区产业发展规划（2021—2025年）》。"
    assert len({o for _, p, o in facts_of(tmp_path, text) if p == "implementsPolicy"}) == 2


def test_a_boundary_character_inside_a_word_or_a_ministrys_name_cuts_nothing():
    text = "潍坊高新区获批虚拟现实共性技术文化和旅游部技术创新中心。"
    assert kinds(text, "ResearchInstitute") == ["虚拟现实共性技术文化和旅游部技术创新中心"]
    assert "像兆驰半导体" not in kinds("南昌高新区，像兆驰半导体这样的企业越来越多。", "Enterprise")  # 像: "such as"
    assert kinds("深圳迈瑞医疗影像科技有限公司落户高新区。", "Enterprise") == ["深圳迈瑞医疗影像科技有限公司"]


def test_a_verb_before_clusters_names_no_cluster(tmp_path):
    text = "南昌高新区以产业链关键环节及引领性项目的突破助力产业集群快速发展。"
    assert not any(p == "hasCluster" for _, p, _ in facts_of(tmp_path, text))


def test_a_name_before_a_stock_code_is_a_listed_company(tmp_path):
    text = "昆明高新区：贵研铂业（600459.SH）拟5.18亿元投建贵金属新材料产业园厂房及设施项目（二期）。"
    assert ("昆明高新技术产业开发区", "hostsEnterprise", "贵研铂业股份有限公司") in facts_of(tmp_path, text)  # (the table's name)
    # 据 ("according to") opens no name, but 数据 holds it
    assert kinds("据长电科技（股票代码：600584）公告。", "Enterprise") == ["长电科技"]
    assert kinds("高新区引进浪潮大数据科技有限公司。", "Enterprise") == ["浪潮大数据科技有限公司"]


def test_an_investor_before_a_projects_capacity(tmp_path):
    text = "乐山高新区：协鑫10万吨正极材料项目、乐山市数字安防及总部基地项目启动建设。"
    assert "协鑫" in kinds(text, "Enterprise")
    # the capacity's own words and a preposition before the investor are no part of a name
    assert kinds("江阴高新区企业年产10万吨新材料项目开工。", "Enterprise") == []
    assert "在川发龙蟒" not in kinds("攀枝花钒钛高新区，在川发龙蟒20万吨/年新材料项目现场。", "Enterprise")


def test_a_legal_name_without_its_legal_form_is_the_same_company(tmp_path):
    text = ("荆门高新区的湖北金泉新材料有限公司建成投产。作为荆门高新区新能源新材料产业的龙头企业——湖北金泉新材料"
            "企业一直将技术创新视为生命线。")
    hosted = {o for _, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert hosted == {"湖北金泉新材料有限公司"}


def test_a_company_after_a_dash_runs_into_what_it_makes(tmp_path):
    text = "近日，淄博高新区企业——新华制药布洛芬系列产品再添新成员。"
    assert ("淄博高新技术产业开发区", "hostsEnterprise", "新华制药") in facts_of(tmp_path, text)


def test_a_list_of_projects_opening_with_products_names_no_investors(tmp_path):
    text = ("合肥高新区此次集中落地的生命健康产业项目涵盖高端医疗器械、生物药等领域，包括超声手术器械研发生产基地项目、"
            "人用疫苗产业化基地项目、首台套医疗装备项目等。")
    assert kinds(text, "Enterprise") == []


def test_the_city_of_a_page_naming_its_zone_only_as_高新区_speaks_for_itself(tmp_path):
    text = ("8月1日，高新区与超威电源集团有限公司签订《战略合作协议》，在自贡共同打造钠电产业示范基地。"
            "近年来，自贡大力实施“工业强市”战略，全力打造以钠电全产业链为代表的千亿级新能源产业集群。")
    facts = facts_of(tmp_path, text)
    assert ("自贡高新技术产业开发区", "hostsEnterprise", "超威电源集团有限公司") in facts
    assert not any(p == "hasCluster" for _, p, _ in facts)  # the city's cluster


def test_a_citys_epithet_before_it_leaves_it_the_subject(tmp_path):
    text = ("常州高新区建设碳纤维产业园。近年来，“工业明星城市”常州大力发展新材料产业，不断在化工新材料、"
            "石墨烯材料等领域的研发应用加码。")
    sectors = {o for _, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    assert not sectors & {"化工新材料", "石墨烯材料"}


def test_a_sentence_about_an_institute_by_a_pronoun_tells_its_own_fields(tmp_path):
    text = ("采访团一行参观赣州高新区展示馆。在国家钨与稀土产品质量监督检验中心高新区分中心内，工作人员正在检测。"
            "该中心主要是开展钨与稀土等有色金属矿产品检验、地质实验测试、环境监测与检验、检测技术培训和有色金属领域内"
            "科学技术研究、开发与推广，以及标准研究与制定等工作。")
    sectors = {o for _, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    assert not sectors & {"有色金属", "环境监测与检验"}


def test_name_edges_of_round_63():
    # an adverb and a preposition, or a verb and one, before the first company of a list
    assert kinds("内江高新区已为乐鸿科技、昌泰鞋业等7家企业争取资金。", "Enterprise") == ["乐鸿科技", "昌泰鞋业"]
    assert "正威集团" in kinds("龙源公司争取与正威集团、信卓誉科技等企业签订框架协议。", "Enterprise")
    assert kinds("代表兴远高科（三河）孵化器有限公司发言。", "Enterprise") == ["兴远高科（三河）孵化器有限公司"]
    # roads are no companies
    assert kinds("记者在玉溪高新区龙泉片区看到，龙腾路、江义街、龙滨路等5条道路的工程项目已完工。", "Enterprise") == []
    # no brand runs eight characters before its place; a place in brackets qualifies the name
    text = "鼎城区政府常务副区长瞿政前主持仪式湖南千德智能电子科技有限公司董事长致辞。"
    assert kinds(text, "Enterprise") == ["湖南千德智能电子科技有限公司"]
    assert kinds("惠州仲恺高新区的旭硝子显示玻璃（惠州）有限公司投产。", "Enterprise") == ["旭硝子显示玻璃（惠州）有限公司"]


def test_a_park_named_by_its_words_is_no_company():
    text = ("此次集中开工的世界计算·长沙智谷、光环新网、中电软件园二期、万兴科技、中聚科技、迪迈智能、麓谷智造园等7个"
            "重大产业项目总投资200亿元。")
    names = kinds(text, "Enterprise")
    assert "中聚科技" in names and not {"中电软件", "麓谷智造"} & set(names)


def test_a_groups_seat_in_a_place_is_the_group():
    assert "华为" in kinds("软控股份有限公司总部、华为青岛总部、锐嘉科智能终端等企业和项目落户。", "Enterprise")


def test_a_verbs_complement_makes_no_narrower_sector(tmp_path):
    text = "济南高新区有信心把“中国算谷”打造成全球算力产业新高地。"
    sectors = {o for _, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    assert "成全球算力" not in sectors and "算力" in sectors


def test_a_short_name_keeping_its_place_or_adding_a_brand_ending_is_the_legal_names_company(tmp_path):
    text = ("常德高新区湖南千德智能电子科技有限公司项目开工。湖南千德智能年产500万套电子元器件项目总投资5亿元。")
    hosted = {o for _, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert hosted == {"湖南千德智能电子科技有限公司"}
    text = "位于内江高新区的四川乐鸿有限公司建成投产。内江高新区已为乐鸿科技、昌泰鞋业等7家企业争取资金。"
    hosted = {o for _, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert "乐鸿科技" not in hosted and "四川乐鸿有限公司" in hosted


def test_求是_holds_its_是():
    assert kinds("吉林求是光谱数据科技有限公司则是产业园的入驻企业。", "Enterprise") == ["吉林求是光谱数据科技有限公司"]


def test_name_edges_of_round_64():
    # the zone as the subject before 还与, not a company the zone owns
    assert kinds("苏州高新区还与浪潮集团、中软等互联网企业签约。", "Enterprise") == ["浪潮集团", "中软"]
    # every place before a company's site is the site's, the city's and its district's
    assert kinds("该区为长城汽车重庆永川生产基地项目的落地打下基础。", "Enterprise") == ["长城汽车"]
    # 有 before an institute is the verb
    assert kinds("更关键的是，有民航飞行学院这样的强大优势资源做支撑。", "ResearchInstitute") == ["民航飞行学院"]
    # 和 after a place and a character of the name is the name's
    assert kinds("2月18日上午，北京燕和盛投资管理有限公司举行开工仪式。", "Enterprise") == ["北京燕和盛投资管理有限公司"]
    assert kinds("与江苏德和生物科技有限公司签约。", "Enterprise") == ["江苏德和生物科技有限公司"]


def test_a_clause_running_into_a_list_of_sectors_ends_at_its_verb():
    text = "聚焦优势产业、特色产业、未来产业，有重点、分梯次推动新一代信息技术、汽车及零部件、智能装备产业等战略性新兴产业融合集群发展。"
    sectors = kinds(text, "Industry")
    assert "新一代信息技术" in sectors and not any("推动" in s for s in sectors)


def test_a_zone_in_quotes_as_what_a_place_is_likened_to_is_no_zone():
    assert kinds("目标是建成东北的“硅谷”、长春的“中关村”。", "Zone") == []
    assert kinds("打造“中关村”品牌，北京的中关村科技园区。", "Zone") == ["中关村", "中关村科技园区"]


def test_an_economic_development_area_named_by_its_kind_alone_is_another_areas_subject(tmp_path):
    text = ("考察组来到桂林高新区英才科技园。考察组随后来到桂林经济技术开发区考察。目前，经济技术开发区已经形成了装备制造、"
            "医药及生物制品、电子信息、食品等产业集群。")
    assert not any(p == "hasCluster" for _, p, _ in facts_of(tmp_path, text))


def test_a_famous_short_name_that_is_an_everyday_word_is_a_company_only_where_a_list_names_it(tmp_path):
    # data/enterprise_brand_words.csv: 美的, 日立, 格力, 浪潮 in a representatives' frame, a project list, a list
    assert kinds("电子电器产业以美的、日立为代表，家用空调器产能超过600万台。", "Enterprise") == ["美的", "日立"]
    assert kinds("格力自主创新智能制造基地、银隆新能源汽车生产制造基地、洛阳万邦冷链物流园等一批重大产业项目令人瞩目。",
                 "Enterprise")[:2] == ["格力", "银隆"]
    assert "浪潮" in kinds("扶持做大浪潮、齐鲁制药、鲁能智能等重点企业和平台。", "Enterprise")
    # the same words in running text are words
    assert kinds("这是小而美的生态城，掀起创新浪潮，日产能超700吨。", "Enterprise") == []
    # and the company they name is the known one, its short name a form of it
    assert "美的集团" in _hosted(tmp_path, "芜湖高新区电子电器产业以美的、日立为代表。")


def test_a_list_of_signing_companies_keeps_a_company_named_by_its_business():
    text = ("攀枝花钒钛高新区管委会与众立诚实业、汇丰和新材料科技、中国电信攀枝花分公司、成都易态科技、当升蜀道、天亿化工"
            "签订合作协议，涉及总投资额22亿元。")
    assert kinds(text, "Enterprise") == ["众立诚实业", "汇丰和新材料科技", "中国电信攀枝花分公司", "成都易态科技", "当升蜀道", "天亿化工"]
    assert kinds(text, "Industry") == []
    # two sectors joined in a list stay one sector
    assert "新能源与能源装备制造" in kinds("重点发展电子信息、新能源与能源装备制造、生物医药等产业。", "Industry")


def test_name_edges_of_round_65():
    # a page's breadcrumb (新闻资讯), a formal 'and also' (暨) and a wish (预祝) before a company
    assert kinds("进出口服务网>新闻资讯石药集团50亿元项目落户石家庄高新区", "Enterprise") == ["石药集团"]
    assert kinds("江苏举行集成电路产业现场推进暨江苏时代芯存半导体有限公司相变存储器工厂竣工运营启动仪式。",
                 "Enterprise") == ["江苏时代芯存半导体有限公司"]
    assert kinds("预祝时代芯存半导体有限公司发展壮大。", "Enterprise") == ["时代芯存半导体有限公司"]
    # 帮扶 is a verb before a list of sectors; 科研院所 a kind of body, no company
    assert kinds("专家团对接帮扶新一代信息技术、生命健康、高技术服务四大主导产业共8个项目。", "Industry")[0] == "新一代信息技术"
    assert kinds("依托中国科学技术大学等在肥高校、科研院所和企业，打造科大硅谷。", "Enterprise") == []


def test_a_science_centre_is_an_institute_and_a_unit_of_the_academy_naming_it(tmp_path):
    assert kinds("持续推动中科院重庆科学中心等科创平台建设。", "ResearchInstitute") == ["中科院重庆科学中心"]
    assert ("中国科学院重庆科学中心", "subOrganizationOf", "中国科学院") in facts_of(
        tmp_path, "重庆高新区持续推动中科院重庆科学中心建设。")


def test_the_aero_engine_group_is_not_the_aviation_group_whose_short_name_begins_its_own(tmp_path):
    facts = facts_of(tmp_path, "贵阳高新区依托中航发黎阳等企业打造航空发动机生态圈。")
    assert ("中航发黎阳", "subOrganizationOf", "中国航空发动机集团有限公司") in facts
    assert kinds("中国科技大学校长介绍。", "ResearchInstitute") == ["中国科技大学"]
    assert find_mentions("中国科技大学校长介绍。")[0].name == "中国科学技术大学"


def test_name_edges_of_round_66():
    # an officer met on a visit is no company; 而该 opens no institute's name
    assert kinds("参观接见的还有副省长谢茹、副省长郑为文。", "Enterprise") == []
    assert kinds("而该研究院落户的合肥市，近年来大力实施创新推动战略。", "ResearchInstitute") == []


def test_a_list_of_the_fields_projects_cover_names_no_public_works_as_sectors():
    text = "宝鸡高新区22个重点项目集中开工，项目涵盖工业、基础设施、民生建设、商贸物流和环保整治等领域。"
    sectors = kinds(text, "Industry")
    assert not {"基础设施", "民生建设"} & set(sectors)
    # a sector's parts and products, where its list presents them as sectors, stay
    assert "卷烟及配套" in kinds("玉溪高新区重点发展生物医药、卷烟及配套、新材料等产业。", "Industry")


def test_a_verb_and_its_complement_成_end_before_a_name_but_not_inside_成都():
    assert kinds("努力把园区打造成西北大学科技成果的出海港。", "ResearchInstitute") == ["西北大学"]
    assert kinds("力争把园区打造成信息化和人工智能产业集群。", "IndustrialCluster") == ["信息化和人工智能产业集群"]
    assert kinds("加快建设成都新经济研究院。", "ResearchInstitute") == ["成都新经济研究院"]


def test_a_speakers_tag_before_an_institutes_fields_does_not_make_them_the_zones(tmp_path):
    text = ("合肥高新区举行中国科学技术大学先进技术研究院开工仪式。"
            "侯建国介绍，目前该研究院初步确定微电子、新能源、新材料、医疗健康、量子信息等5大发展重点领域。")
    assert not _industries(tmp_path, text) & {"新能源", "新材料"}


def test_a_bare_高新区_after_another_area_is_the_pages_zone_again(tmp_path):
    text = ("5月18日上午，滨海新区举办2020年重点建设项目开工活动。高新区分会场活动在渤龙湖科技园举行。此次开工，"
            "高新区重点项目有3个，涉及航空航天、新一代信息技术和现代服务业等领域。\n高新区党委书记宣布“滨海高新区2020年重点建设项目开工”。")
    assert {"航空航天", "新一代信息技术"} <= _industries(tmp_path, text)


def test_a_well_known_company_opening_a_project_is_its_investor_not_its_products():
    text = "一行先后来到湖南响箭重工、中联重科塔机智能工厂、湖南斯盛新能源公司、正大国际润滑油产品生产线等企业一线车间。"
    assert "中联重科" in kinds(text, "Enterprise")
    # two companies naming a joint venture stay one name
    text = "化工新材料产业聚集了总投资320亿元的宁德时代邦普、总投资120亿元的欣旺达东风、总投资150亿元的宜化转型升级等重点产业项目。"
    assert "宁德时代邦普" in kinds(text, "Enterprise")


def test_companies_counted_as_the_projects_they_bring_are_companies():
    text = "引建沃尔沃、忠旺、联想、绿地、新华08等16个投资几十亿、上百亿元的大项目，全区收入超亿元企业45家。"
    assert {"沃尔沃", "忠旺", "联想", "绿地"} <= set(kinds(text, "Enterprise"))
    # not a list of projects named by what they are
    assert kinds("签约涉及地热供暖、智能制造、太阳景研发中心等3个项目。", "Enterprise") == []


def test_an_institutes_head_acting_with_the_zone_makes_the_institute_its_partner(tmp_path):
    text = "滨海高新区党委书记宣布重点建设项目开工，并与天津航天机电设备研究所所长韩凤宇共同为项目揭幕。"
    assert ("天津滨海高新技术产业开发区", "partnersWith", "天津航天机电设备研究所") in facts_of(tmp_path, text)
    # an academician signing is the person, not his academy
    text = "吉林高新区会上，吉星轮胎公司分别与中国工程院院士郭孔辉、一汽吉林汽车有限公司进行了合作签约。"
    assert not any(o == "中国工程院" for _, p, o in facts_of(tmp_path, text) if p == "partnersWith")


def test_a_companys_rd_centre_named_as_a_project_names_the_company():
    text = "重大科技项目10个，分别是阪桥感光科技研发中心项目、辛子电气项目、医配淘苏州研发中心项目、巨翼新动力项目。"
    assert kinds(text, "ResearchInstitute") == []
    assert {"阪桥感光科技", "医配淘"} <= set(kinds(text, "Enterprise"))
    # a city's centre stays an institute
    assert kinds("建设烟台市人工智能机器人研发中心项目、烟台邮电通信产业研发中心项目。", "ResearchInstitute") == [
        "烟台市人工智能机器人研发中心", "烟台邮电通信产业研发中心"]


def test_a_quoted_list_of_sectors_before_its_count_of_clusters_names_the_clusters():
    text = "苏州科技城已形成“软件和信息技术、高端智能装备、集成电路和光电子、高端医疗器械、绿色低碳”五大产业集群。"
    assert len(kinds(text, "IndustrialCluster")) == 5


def test_name_edges_of_round_67():
    # 和 after a place and three characters of the name is the name's, not after an institute's ending
    text = "签约仪式上，党锋与陕西天地人和药业有限公司签订天地人和医药产业园项目，与陕西中康航健健康产业发展有限公司签订中康航健健康科技产业园项目。"
    assert kinds(text, "Enterprise") == ["陕西天地人和药业有限公司", "陕西中康航健健康产业发展有限公司"]
    assert kinds("依托济南中心和济南量子技术研究院。", "ResearchInstitute")[-1] == "济南量子技术研究院"
    # 就 (regarding) and 区内 (in the zone) before a company
    assert kinds("带队赴厦门，就桑若（厦门）光伏产业有限公司在淄博建设预量产线合作细节进行洽谈。", "Enterprise") == [
        "桑若（厦门）光伏产业有限公司"]
    assert kinds("淄博高新区依托区内金晶科技等企业，对钙钛矿产业进行研究分析。", "Enterprise") == ["金晶科技"]


def test_a_list_of_sectors_each_called_a_sector_starts_after_its_verb_not_inside_it():
    text = "重点聚焦生物医药及医疗器械产业、新能源产业。"
    assert kinds(text, "Industry") == ["生物医药", "医疗器械", "新能源产业"]  # no count: the two sectors (session 32)


def test_of_two_zones_acting_together_a_sentence_is_the_pages_own_zones(tmp_path):
    text = ("海口国家高新区今年以来持续推进合作产业园建设。海口国家高新区管委会表示，园区已签约6家企业。"
            "据了解，合作产业园由广州高新区管委会和海口国家高新区管委会合作共建，重点聚焦生物医药及医疗器械产业、新一代电子信息产业。")
    facts = facts_of(tmp_path, text)
    assert ("海口高新技术产业开发区", "hasIndustry", "电子信息") in facts  # 新一代电子信息, a label of 电子信息
    assert not any(s == "广州高新技术产业开发区" and p == "hasIndustry" for s, p, _ in facts)


def test_a_group_named_by_its_short_name_and_as_its_units_parent_is_one_node(tmp_path):
    text = "苏州高新区签约西门子长三角人工智能共创实验室项目，西门子将在此布局。"
    facts = facts_of(tmp_path, text)
    assert ("西门子长三角人工智能共创实验室", "subOrganizationOf", "西门子股份公司") in facts
    assert ("苏州高新技术产业开发区", "hostsEnterprise", "西门子") not in facts


def test_a_clause_running_into_a_known_sector_before_its_cluster_is_no_part_of_its_name():
    for text in ("温州加大力度扶持激光与光电产业集群发展", "为建设好温州激光与光电产业集群，温州市出台了扶持政策。"):
        assert kinds(text, "IndustrialCluster") == ["激光与光电产业集群"]
    assert kinds("已成为海南医药产业集群的重要载体。", "IndustrialCluster") == ["医药产业集群"]
    # a sector's two halves joined by 与 stay one name
    assert kinds("重点发展生命科学与生物技术产业集群。", "Industry") == ["生命科学与生物技术"]


def test_name_edges_of_round_68():
    # an industrial park's name before a company's legal name opening with its place; 提高 is a verb
    text = "记者来到海口国家高新技术产业开发区的药谷工业园海南倍特药业有限公司，流水线上的工人正在忙碌着。"
    assert kinds(text, "Enterprise") == ["海南倍特药业有限公司"]
    assert kinds("它将成为提高大学综合力和带动区域高新技术经济发展的新增长点。", "ResearchInstitute") == []


def test_a_named_groups_company_by_its_business_or_place_is_one_name_and_the_groups_unit(tmp_path):
    assert kinds("平高集团电力检修公司完成投资3亿元。", "Enterprise") == ["平高集团电力检修公司"]
    facts = facts_of(tmp_path, "黄石大冶湖高新区的停车桩，都由落户我市才一年的罗普特科技集团大冶公司完成。")
    assert ("罗普特科技集团大冶公司", "subOrganizationOf", "罗普特科技集团") in facts
    # a group's legal form is no business of its own
    assert not any(m.rule == "enterprise-group-unit" for m in find_mentions("人福医药集团股份公司在此投资。"))
    from zonegraph.entities.registry import enterprise_parent
    assert enterprise_parent("中信泰富特钢集团股份有限公司") is None


def test_a_list_closed_by_weizhu_de_before_its_system_is_the_zones_sectors(tmp_path):
    # one item the taxonomy does not know (抗体药) in a list that 为主的…产业体系 closes: still sectors
    text = "生物医药健康产业是石家庄高新区主导产业，现已构建形成了以创新药、抗体药、现代中成药和医疗器械为主的现代产业体系布局。"
    industries = _industries(tmp_path, text)
    assert {"创新药", "医疗器械"} <= industries


def test_cici_opens_a_sentence_and_no_name(tmp_path):
    # 此次 (this time) is no part of the company after it, and opens the sentence as 目前 does
    text = "此次博世集团在锡启用的新厂房，将生产商用车电驱动、连接器等相关先进产品，为无锡汽车及零部件产业高质量发展注入强劲新动能。"
    assert kinds(text, "Enterprise") == ["博世集团"]
    facts = facts_of(tmp_path, "无锡高新区举行活动。" + text)
    assert not any(p == "hasIndustry" for _, p, _ in facts)


def test_a_city_party_committee_and_its_government_issue_a_policy_together(tmp_path):
    text = ("为贯彻落实中共长沙市委、长沙市人民政府《关于振兴长沙工业实体经济的若干意见》（长发〔2017〕9号），"
            "结合长沙高新技术产业开发区实际，制定如下实施细则。")
    facts = facts_of(tmp_path, text)
    assert ("关于振兴长沙工业实体经济的若干意见", "issuedBy", "中共长沙市委") in facts
    assert ("关于振兴长沙工业实体经济的若干意见", "issuedBy", "长沙市人民政府") in facts


def test_a_zones_bare_name_after_a_place_of_another_province_is_a_park_named_after_it():
    assert kinds("2019年，高新区还将推进“六项重点工作”：包括推动南宁中关村高水平建设。", "Zone") == []
    assert kinds("海淀中关村的企业和武汉东湖的企业。", "Zone") == ["中关村", "武汉东湖"]


def test_a_region_before_a_listed_sector_is_no_part_of_it():
    text = "打造成为长三角地区新能源汽车、智能网联汽车、大数据、机器人、智能制造等产业发展的平台。"
    assert "长三角地区新能源汽车" not in kinds(text, "Industry")
    assert "新能源汽车" in kinds(text, "Industry")


def test_a_short_name_a_page_declares_for_a_company_names_it_after(tmp_path):
    text = ("日前，苏州高新区与通用技术集团中国汽车工程研究院股份有限公司（简称“通用技术中国汽研”）签署《投资合作协议》，"
            "通用技术中国汽研拟规划总投资约20亿元人民币，在苏州高新区设立华东总部。"
            "通用技术中国汽研是中国通用技术（集团）控股有限责任公司旗下检测认证板块之一。")
    facts = facts_of(tmp_path, text)
    company = "通用技术集团中国汽车工程研究院股份有限公司"
    assert ("苏州高新技术产业开发区", "hostsEnterprise", company) in facts
    assert (company, "subOrganizationOf", "中国通用技术（集团）控股有限责任公司") in facts
    # the owner named to describe its unit is not the zone's
    assert not any(o.startswith("中国通用技术") for _, p, o in facts if p == "hostsEnterprise")
    assert not any(s == "通用技术中国汽研" or o == "通用技术中国汽研" for s, _, o in facts)
    # a short name the gazetteer knows as another company stands for the one the page declared
    text = ("宿迁高新区内的宿迁东方雨虹建筑材料有限公司（以下简称“东方雨虹”）投产。东方雨虹将新建生产线。")
    hosted = {o for _, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert hosted == {"宿迁东方雨虹建筑材料有限公司"}


def test_a_sector_in_a_named_industrial_park_area_is_the_parks(tmp_path):
    text = "上海张江高新区闵行园区此次将北部的虹桥前湾生物医药产业园区纳入张江高新区闵行园区。"
    assert "生物医药" not in _industries(tmp_path, text)
    # the zone's own park for its sector, graded, stays its sector
    text = "未来，攀枝花钒钛高新区将实施产业强区工程，打造千亿级钒钛产业园区。"
    assert "钒钛" in _industries(tmp_path, text)


def test_a_free_trade_zones_area_acting_names_its_own_sectors(tmp_path):
    text = ("济南高新区举行揭牌活动。下一步，自贸试验区济南片区将围绕“五个济南”建设，"
            "聚焦人工智能、产业金融、医疗康养、文化、信息技术五大主导产业，建立更多的发展载体。")
    assert _industries(tmp_path, text) == set()


def test_companies_at_the_core_of_a_sector_made_are_companies():
    text = ("在装备制造领域重点集聚发展以NGK环保陶瓷、滨特尔水处理、云白环境设备等为核心的先进环保装备制造，"
            "先后引进了力神电池等项目。")
    assert {"NGK环保陶瓷", "滨特尔水处理", "云白环境设备"} <= set(kinds(text, "Enterprise"))


def test_a_groups_short_name_whose_last_character_opens_a_word_is_no_group(tmp_path):
    # 中电科|技: 科技 is a word, and 中电科技 is no unit of 中电科 (CETC)
    text = "泸州高新区中电产业园：中国电子集团产业规划部主任孙劼、中电科技董事长谢庆华与招商团队进行深入交流座谈。"
    assert not any("中国电子科技集团" in s + o for s, _, o in facts_of(tmp_path, text))


def test_companies_a_zones_team_travels_to_or_invites_to_an_event_are_not_hosted(tmp_path):
    text = ("泸州高新区招商团队赴深圳、福州等地开展密集招商。专程前往冠捷科技集团福清总部，就项目合作事宜与企业负责人深入探讨。"
            "会议邀请中电科技、中电新能源、中电基金、苏州智能制造产业协会、鹏鹞环保、金爵精密、西欧能源等42家机构负责人出席推介会。")
    assert _hosted(tmp_path, text) == set()


def test_a_known_company_opening_a_project_before_its_product_is_the_investor(tmp_path):
    text = "新乡高新区通报了2020年经济社会发展情况。新飞制冷家电产业园、康佳空调生产基地等166个项目实现签约落地，总投资约111.45亿元。"
    hosted = _hosted(tmp_path, text)
    assert "康佳集团股份有限公司" in hosted and "康佳空调" not in hosted
    # two companies naming a joint venture stay one name (东风 is a company, not a product)
    text = "宜昌高新区产业聚集了总投资320亿元的宁德时代邦普、总投资120亿元的欣旺达东风、总投资150亿元的宜化转型升级等重点产业项目。"
    assert "欣旺达东风" in kinds(text, "Enterprise")


def test_a_city_brand_and_country_company_names_no_group(tmp_path):
    text = "泸州高新区招商团队考察走访上海利勃海尔（中国）有限公司。"
    assert not any(p == "subOrganizationOf" for _, p, _ in facts_of(tmp_path, text))


def test_a_disciplines_name_keeps_its_yu_inside_an_institutes_name():
    text = "以清华苏州环境创新研究院为核心，引入中科苏州地理科学与技术研究院等大院大所。"
    assert "中科苏州地理科学与技术研究院" in kinds(text, "ResearchInstitute")
    text = "湛江高新区依托南方海洋科学与工程广东省实验室（湛江）建设平台。"
    assert any(name.startswith("南方海洋科学与工程广东省实验室") for name in kinds(text, "ResearchInstitute"))


def test_a_sector_a_page_names_as_written_is_that_sector_wherever_the_page_writes_it(tmp_path):
    text = ("常州高新区：碳纤维及复合材料产业“领跑”。"
            "以碳纤维及复合材料、电子化学材料、新型功能材料为代表的新材料产业在常州高新区拔节而起。"
            "常州高新区构建起技术先进的碳纤维及复合材料产业体系。")
    industries = _industries(tmp_path, text)
    assert "碳纤维及复合材料" in industries
    assert "高性能纤维及复合材料" not in industries  # the taxonomy's concept for the 复合材料 inside it


def test_a_list_of_ways_of_working_names_no_projects_or_companies(tmp_path):
    text = ("江阴高新区不断创新招商模式，以创新“飞地”招商、驻点扎根招商、借力活动招商等方式，"
            "招引一大批优质项目落地。")
    assert _hosted(tmp_path, text) == set()


def test_name_edges_of_round_71():
    # a verb (增添, 拜访) and a dateline (新闻网讯) open no name
    assert kinds("光电产业园建设现已全面开工，为全市军民融合产业发展增添新动力。", "Enterprise") == []
    assert kinds("天津中医药大学拜访中国工程院张伯礼院士。", "ResearchInstitute") == ["天津中医药大学", "中国工程院"]
    assert not any(name.startswith("新闻网讯") for name in kinds("新闻网讯医药学院与通化医药高新区座谈。", "ResearchInstitute"))


def test_the_fields_research_teams_cover_are_not_the_zones_sectors(tmp_path):
    text = ("湖南大学产学研基地落户长沙高新区麓谷园区。与此同时，以技术支撑“角色”首批进入基地的科研创新团队涉及车辆工程、"
            "机械制造、化学化工、生物医药、桥梁隧道、环境工程、电力电子等领域。")
    assert _industries(tmp_path, text) == set()


def test_a_known_name_whose_last_character_opens_a_word_of_a_companys_ending_takes_it_in():
    assert kinds("产业项目涵盖正泰新能源数字能源智能制造基地项目。", "Enterprise") == ["正泰新能源"]
    assert kinds("京东方面板项目开工。", "Enterprise") == ["京东方"]


def test_the_segments_of_the_one_cluster_a_sentence_names_are_its_industries(tmp_path):
    text = "围绕光通信、激光、光学镜头、光电显示等四大细分领域，福州高新区已经形成极具特色和竞争力的光电产业集群。"
    facts = facts_of(tmp_path, text)
    segments = {o for s, p, o in facts if p == "clusterIndustry" and s == "福州高新区光电产业集群"}
    assert {"光通信", "激光", "光学镜头"} <= segments


def test_a_park_for_universities_is_no_university():
    assert kinds("在深圳高新区的虚拟大学园中，已经汇聚了清华、北大等国内外57所知名院校。", "ResearchInstitute") == ["清华", "北大"]


def test_a_long_list_of_sectors_with_a_few_the_taxonomy_does_not_know_is_still_the_zones(tmp_path):
    text = ("贵阳高新区带动新能源汽车及零部件、动力电池、智能终端电子、智能家居、集成电路、电子元器件、显示触屏、"
            "传感器等“N”类产品制造。")
    assert {"新能源电池", "传感器", "集成电路"} <= _industries(tmp_path, text)
    # a list of mostly unknown items is not a list of sectors by this rule
    assert "传感器" not in _industries(tmp_path, "高新区带动铸造砂、挂车轴、药芯焊丝、精冲、传感器等产品制造。")


def test_a_known_company_after_the_zones_city_is_its_local_unit(tmp_path):
    text = "玉溪高新区项目建设提速。云南烨阳一期项目已正式投产；玉溪亿纬锂能项目已完成土地平整，并交付企业。"
    facts = facts_of(tmp_path, text)
    assert ("玉溪高新技术产业开发区", "hostsEnterprise", "玉溪亿纬锂能") in facts
    assert ("玉溪亿纬锂能", "subOrganizationOf", "惠州亿纬锂能股份有限公司") in facts
    # a company's home city on another zone's page names the company itself
    other = facts_of(tmp_path, "苏州高新区引进深圳华大基因等企业。")
    assert not any(p == "subOrganizationOf" for s, p, o in other)


def test_a_plan_or_statute_titled_by_the_zone_is_not_issued_by_it_unless_the_sentence_says_so(tmp_path):
    facts = facts_of(tmp_path, "唐山高新区组织专家评审通过了《唐山国家高新区机器人产业发展规划》。")
    assert ("唐山高新技术产业开发区", "implementsPolicy", "唐山国家高新区机器人产业发展规划") in facts
    assert not any(p == "issuedBy" for s, p, o in facts)
    # its own economic and social development plan the zone adopts itself; a 办法 titled by it is its own
    adopted = facts_of(tmp_path, "蚌埠高新区全面落实《蚌埠高新区国民经济和社会发展第十四个五年规划纲要》。")
    assert ("蚌埠高新区国民经济和社会发展第十四个五年规划纲要", "issuedBy", "蚌埠高新技术产业开发区") in adopted


def test_a_short_name_a_table_knows_is_the_legal_name_the_page_wrote_it_from(tmp_path):
    text = ("2007年，激智科技股份有限公司在宁波国家高新园区创立。"
            "激智科技总经办经理邵丽珍认为，宁波高新区的支持和帮助很大。")
    assert _hosted(tmp_path, text) == {"激智科技股份有限公司"}


def test_name_edges_of_round_72():
    # 了解 opens a name as a whole word (not 解季华实验室); a tax (企业所得税) heads no list of companies
    assert kinds("蔡军详细了解季华实验室建设运行模式。", "ResearchInstitute") == ["季华实验室"]
    assert kinds("其中出口退税、研发加计扣除和高新技术企业所得税优惠共1200多万元。", "Enterprise") == []


def test_cities_counted_as_the_zones_of_a_province_are_those_zones():
    text = "形成以南昌、新余、景德镇、鹰潭、抚州、吉安、赣州等地7个国家高新区为重要支撑的一体化格局。"
    zones = {m.name for m in find_mentions(text) if m.kind == "Zone"}
    assert {"南昌高新技术产业开发区", "赣州高新技术产业开发区", "景德镇高新技术产业开发区"} <= zones
    assert len(zones) == 7


def test_sectors_after_a_list_of_clusters_and_sectors_led_by_a_list(tmp_path):
    text = ("大庆高新区现已形成石油石化、新材料、装备制造、农牧产品精深加工4个主导产业集群和知识型服务业、新能源、"
            "生物3个产业。")
    assert "知识型服务" in kinds(text, "Industry")
    led = "内江高新区初步形成了由电子元器件制造、集成电路封装测试、设备集成等为主导的电子信息产业。"
    assert "设备集成" in _industries(tmp_path, led)


def test_a_list_of_sectors_the_zone_is_mostly_made_of(tmp_path):
    text = "石家庄高新区现已构建形成了以创新药、抗体药、现代中成药和医疗器械为主的现代产业体系布局。"
    assert "抗体药" in _industries(tmp_path, text)


def test_what_a_sector_is_to_others_in_general_names_no_sector_of_the_zone(tmp_path):
    text = ("郑州高新区智能传感器产业集群加快发展。作为国家战略性新兴产业的重点细分领域，智能传感器产业是人工智能、"
            "物联网、5G、智能制造、智慧城市等众多领域技术应用的关键核心和先导基础。")
    industries = _industries(tmp_path, text)
    assert not industries & {"人工智能", "物联网", "智能制造"}
    assert "信息技术" not in _industries(tmp_path, "成都高新区8个项目开工。集成电路是信息技术产业的核心。")
    # a sentence about an event (这是…落下的关键一子) says nothing of sectors in general
    own = _industries(tmp_path, "莫干山高新区研究院揭牌。这是研究院开展半导体行业布局落下的关键一子。")
    assert "半导体" in own


def test_edges_of_round_73(tmp_path):
    # research bodies in general are no institute; a facility before 和 is no cluster's sector
    assert kinds("能够提供人才的国内顶尖、世界一流的国家实验室、科研院所、研究型大学等高能级平台。", "ResearchInstitute") == []
    facts = facts_of(tmp_path, "常州高新区将建设服务能级覆盖长三角乃至全国的研发基地和产业集群。")
    assert not any(p in ("hasCluster", "hasIndustry") for s, p, o in facts)
    # one company written with two legal forms on one page is one company
    two = _hosted(tmp_path, "乐山高新区的四川君和环保有限公司持续加大研发投入。四川君和环保股份有限公司将深耕环保领域，落户乐山高新区。")
    assert len(two) == 1


def test_companies_counted_as_projects_and_the_sectors_the_projects_touch(tmp_path):
    assert kinds("也有山东三箭集团、山东联合电力2个楼宇经济和总部类项目。", "Enterprise") == ["山东三箭集团", "山东联合电力"]
    assert kinds("其中有山东三箭集团的总部项目。", "Enterprise") == ["山东三箭集团"]
    text = "济南高新区签约14个项目。此次签约的14个项目，涉及生物医药、精密仪器与装备制造、科技孵化载体等。"
    assert "生物医药" in _industries(tmp_path, text)


def test_a_body_the_zones_people_travel_to_is_not_a_partner_by_that_alone(tmp_path):
    text = ("通化医药高新区党工委书记王婧楠一行，赴天津中医药大学拜访中国工程院院士张伯礼。")
    assert not any(p == "partnersWith" for s, p, o in facts_of(tmp_path, text))
    signed = "通化医药高新区党工委书记王婧楠一行赴天津中医药大学签署合作协议。"
    assert any(p == "partnersWith" and o == "天津中医药大学" for s, p, o in facts_of(tmp_path, signed))


def test_edges_of_round_74(tmp_path):
    # 不乏 opens a name; a district opens no maker's name; 各区属公司 is a kind of company
    assert kinds("排序的数字已经延伸到了100家开外，其中不乏NEC、日立、浪潮等企业。", "Enterprise")[:2] == ["NEC", "日立"]
    assert kinds("前驱体是其中重要的原材料，大武口区中色东方生产的前躯体在国内非常有名。", "Enterprise") == ["中色东方"]
    assert kinds("莘庄工业区管委会，区政府各委、办、局，各区属公司，有关单位：", "Enterprise") == []
    assert kinds("两大项目投资40亿元，是继汉龙汽车落户大冶后又一个招商大手笔。", "Enterprise") == ["汉龙汽车"]
    # the customers a zone's firm names are not the zone's companies
    text = "石嘴山高新区的杉杉能源建成投产。杉杉集团拥有华为、苹果、三星、特斯拉、宝马等长期合作的全球高端客户。"
    assert not _hosted(tmp_path, text) & {"特斯拉", "三星集团", "宝马集团"}


def test_the_torch_centre_and_a_zones_administration_opening_a_title_issue_it():
    issuers = [m.extra.get("issuers") for m in find_mentions(
        "根据《科技部火炬中心关于开展2021年度创新型产业集群试点（培育）的通知》要求。") if m.kind == "Policy"]
    assert issuers == [("科技部火炬中心",)]
    issuers = [m.extra.get("issuers") for m in find_mentions("《昆明高新区管委会关于加快发展的意见》") if m.kind == "Policy"]
    assert issuers == [("昆明高新区管委会",)]


def test_a_zones_party_committee_and_administration_opening_a_title_are_the_zone(tmp_path):
    text = "新乡高新区印发《新乡高新区党工委新乡高新区管委会关于加快改革创新的实施意见》。"
    issuers = _objects(tmp_path, text, "issuedBy")
    assert issuers == {"新乡高新技术产业开发区"}


def test_a_known_abbreviation_opening_a_units_name_through_a_verb_of_its_own():
    assert "中国农大绿色发展研究院" in kinds("京瓦中心、中国农大绿色发展研究院、中智生物农业国际研究院入驻。", "ResearchInstitute")
    # a whole body's name, then a copula: no unit
    assert "浙江大学滨江研究院是浙江大学" not in kinds("浙江大学滨江研究院是浙江大学与杭州高新区共建的研究院。", "ResearchInstitute")
    # round 111 (淄博): a university's full name opening its unit, a place and 发展 between
    text = "山东理工大学淄博发展研究院教授董会忠带来题为《更高层级的校城融合与更高质量的动能培育》的主题报告。"
    assert "山东理工大学淄博发展研究院" in kinds(text, "ResearchInstitute")


def test_state_grid_names_its_units_guowang(tmp_path):
    facts = facts_of(tmp_path, "苏州高新区与国网合作，国网智慧能源交通技术创新中心落户苏州高新区。")
    assert ("国网智慧能源交通技术创新中心", "subOrganizationOf", "国家电网有限公司") in facts
    assert kinds("全国网上技术市场交易额增长。", "Enterprise") == []


def test_an_institute_named_zhongke_and_a_place_is_the_academys(tmp_path):
    facts = facts_of(tmp_path, "苏州高新区引进中科苏州地理科学与技术研究院。")
    assert ("中科苏州地理科学与技术研究院", "subOrganizationOf", "中国科学院") in facts
    other = facts_of(tmp_path, "荆州高新区引进中科智能网联科学研究院。")  # no place: no parent read
    assert not any(p == "subOrganizationOf" for s, p, o in other)


def test_a_sector_written_right_after_the_zones_name_is_the_zones(tmp_path):
    text = "工业和信息化部发布评价结果，厦门火炬高新区电子信息（光电显示）连续第二年获评最高等级的“五星级”。"
    assert "电子信息" in _industries(tmp_path, text)


def test_known_names_written_out_joined_or_traded_under_another_word():
    # written out to its 公司, with its place; two known names as one (a joint venture); a trade word after a known name
    assert kinds("深圳古瑞瓦特新能源公司已与高新区签约。", "Enterprise") == ["深圳古瑞瓦特新能源"]
    assert kinds("先后引进延锋安道拓、延锋彼欧、安翔、长久物流。", "Enterprise")[0] == "延锋安道拓"
    assert kinds("中盐红四方重组三得利肥业，项目落地后将年新增产值5亿元以上。", "Enterprise")[-1] == "三得利肥业"


def test_a_tables_legal_name_for_a_brand_is_the_legal_name_the_page_wrote_with_its_place(tmp_path):
    text = ("成都高新区企业成都海创药业股份有限公司首发申请获通过。海创药业专注于肿瘤、代谢性疾病领域，落户成都高新区。")
    assert _hosted(tmp_path, text) == {"成都海创药业股份有限公司"}


def test_a_local_unit_takes_in_its_kind(tmp_path):
    text = "今年4月内江爱尔眼科医院正式搬迁入驻内江高新区科创园A区。"
    assert ("内江爱尔眼科医院", "subOrganizationOf", "爱尔眼科医院集团股份有限公司") in facts_of(tmp_path, text)


def test_a_facility_named_after_a_sector_names_no_sector_of_the_zone(tmp_path):
    text = "苏州高新区项目规划总投资约20亿元，将建设汽车通信与软件质量国家级检验检测中心、汽车零部件检测基地。"
    assert "汽车零部件" not in _industries(tmp_path, text)
    text = "苏州高新区理想汽车项目厂房装修即将开启，作为理想汽车功率半导体研发及生产基地，预计年内竣工。"
    assert "功率半导体" not in _industries(tmp_path, text)


def test_a_title_the_zone_publishes_is_its_own_and_one_another_body_publishes_is_not(tmp_path):
    text = "今年5月，杭州高新区（滨江）发布《关于加快新一代人工智能产业应用发展的若干意见》，推出“算力券”“语料券”。"
    facts = facts_of(tmp_path, text)
    assert ("杭州高新技术产业开发区", "implementsPolicy", "关于加快新一代人工智能产业应用发展的若干意见") in facts
    assert ("关于加快新一代人工智能产业应用发展的若干意见", "issuedBy", "杭州高新技术产业开发区") in facts
    text = "淮南高新区讯。日前，科技部火炬中心发布《关于通报国家高新区综合评价结果的通知》，淮南高新区位列第132位。"
    assert not any(p == "implementsPolicy" for s, p, o in facts_of(tmp_path, text))


def test_a_city_government_issuer_starts_at_its_place(tmp_path):
    text = "苏州高新区为贯彻落实上海市人民政府《关于推进张江高新区改革创新发展的若干意见》文件要求，制定本方案。"
    issuers = _objects(tmp_path, text, "issuedBy")
    assert issuers == {"上海市人民政府"}


def test_a_region_of_cities_another_city_or_the_described_city_speaks_not_the_zone(tmp_path):
    opening = "8月25日，咸宁高新区创新创业大赛启动仪式在湖北青创园举行。"
    text = opening + "其中，光谷科创大走廊承担着建成光电子信息产业带、大健康产业带等三大千亿创新产业带的发展重任。"
    assert _industries(tmp_path, text) == set()
    text = opening + "近年来，武汉城市圈成员城市纷纷搭上光谷科创大走廊的创新东风，位于鄂州市华容区的产业园已先后签约科大讯飞等项目落地。"
    assert _hosted(tmp_path, text) == set()
    text = opening + "作为武汉“后花园”的咸宁，近年来逐渐形成了以饮料食品、电子信息、生物医药为主的五大特色产业。"
    assert _industries(tmp_path, text) == set()
    text = "咸宁高新区大力发展电子信息产业；黄冈结合自身资源和产业基础，大力发展医疗器械、高新技术生产型服务业等产业。"
    assert _industries(tmp_path, text) == {"电子信息"}
    # the zone placed in a region is still the subject
    text = "园区地处滇中城市经济圈重要成员的楚雄市，已形成生物医药、新材料产业为主导。"
    assert {"生物医药", "新材料"} <= _industries(tmp_path, "楚雄高新区概况。" + text)


def test_a_product_line_or_the_nations_field_names_no_sector_of_the_zone(tmp_path):
    text = "4月18日，记者在连云港高新区宁海电子信息产业园的太瓦新能源公司看到500MW高效异质结光伏电池产线全线贯通。"
    assert "光伏" not in _industries(tmp_path, text)
    text = "中国内地首条OLED大规模生产线投产仪式在昆山高新区举行，这是中国在平板显示产业领域第一次依靠自主创新掌握的技术实现大规模生产。"
    assert _industries(tmp_path, text) == set()
    text = "昆山高新区大力发展平板显示产业。"
    assert _industries(tmp_path, text) == {"新型显示"}


def test_a_notice_issuing_a_plan_is_signed_by_its_issuer(tmp_path):
    text = ("关于印发《张江高新区普陀园改革创新发展行动方案（2025-2026年）》的通知普府办〔2025〕8号\n"
            "区政府各相关委、办、局：《张江高新区普陀园改革创新发展行动方案（2025-2026年）》已经区政府常务会议审议通过，现予印发。\n"
            "上海市普陀区人民政府办公室\n2025年3月25日\n"
            "张江高新区普陀园重点发展软件和信息服务产业。\n")
    issuers = {(s, o) for s, p, o in facts_of(tmp_path, text) if p == "issuedBy"}
    assert issuers == {("张江高新区普陀园改革创新发展行动方案（2025-2026年）", "上海市普陀区人民政府办公室")}


def test_titles_joined_to_a_published_one_are_published_too(tmp_path):
    text = ("11月7日，杭州高新区（滨江）新质生产力大会召开。大会解读了当地新发布的《关于深化“两新”融合培育发展新质生产力的行动方案》"
            "（以下简称《行动方案》）和《关于迭代优化〈关于加快新一代人工智能产业应用发展的若干意见〉的方案（征求意见稿）》。")
    implemented = _objects(tmp_path, text, "implementsPolicy")
    assert len(implemented) == 2


def test_ascii_angle_brackets_inside_a_title_are_no_part_of_it():
    text = "2021年发布的《武汉城市圈同城化发展<三年行动方案>》提出，武汉城市圈要在光芯屏端网等领域着重发力。"
    assert [m.name for m in find_mentions(text) if m.kind == "Policy"] == ["武汉城市圈同城化发展三年行动方案"]


def test_a_sector_written_after_the_zones_city_is_the_citys(tmp_path):
    text = "9月26日，明泰电子科技内江微电子产业园项目在内江高新区白马园区开工建设，将为内江电子信息发展画上浓墨重彩的一笔。"
    assert _industries(tmp_path, text) == set()
    # the city naming a whole list of sectors is not read so
    text = "自贡高新区创新中心围绕自贡节能环保、高端装备制造、新材料等三大战略性新兴产业开展技术创新。"
    assert {"节能环保", "新材料"} <= _industries(tmp_path, text)
    text = "成都高新区将打造高品质集成电路产业空间，助力提升成都电子信息产业功能区核心功能能级。"
    assert "电子信息" in _industries(tmp_path, text)  # the city's function area the zone builds


def test_the_sector_companies_represent_is_named_to_the_clauses_end(tmp_path):
    text = ("苏州高新区重点集聚发展以莱克电气、爱普电器、NGK热工等为代表的高效节能装备制造，以NGK环保陶瓷、"
            "滨特尔水处理、云白环境设备等为核心的先进环保装备制造。")
    assert {"高效节能装备制造", "先进环保装备制造"} <= _industries(tmp_path, text)
    # a technology at the core, or a group of firms, is no such sector
    text = "石家庄高新区引进森朗生物CAR-T研究中心，开发以CAR-T技术为核心的细胞免疫治疗，为癌症患者提供精准治疗。"
    assert "细胞免疫治疗" not in _industries(tmp_path, text)


def test_policy_packages_in_a_list_headed_as_policies():
    text = "江阴高新区聚焦“1+3+1”现代产业体系，出台实施高新区产业强区20条、科技创新30条、“蟠龙英才计划”等专项政策。"
    assert [m.name for m in find_mentions(text) if m.kind == "Policy"] == ["高新区产业强区20条", "科技创新30条", "蟠龙英才计划"]
    # items of no policy kind are not read as policies
    text = "高新区落实减税降费、稳岗返还、技术改造等惠企政策。"
    assert [m.name for m in find_mentions(text) if m.kind == "Policy"] == []


def test_a_known_companys_innovation_centre_is_the_company_at_work_in_the_zone(tmp_path):
    text = "近年来，上海张江高新区引进SAP全球技术创新中心，推动产业数字化。"
    facts = facts_of(tmp_path, text)
    assert ("上海张江高新技术产业开发区", "hostsEnterprise", "SAP") in facts
    assert not any(p == "partnersWith" for s, p, o in facts)
    # its research institute is an institute of its own
    assert kinds("阿特斯光伏技术研究院落户秀洲高新区。", "ResearchInstitute") == ["阿特斯光伏技术研究院"]


def test_landmarks_a_boundary_runs_along_are_neither_companies_nor_hosted(tmp_path):
    text = ("潜江高新技术产业开发区升级后规划面积为4.02平方公里。区块一规划面积0.19平方公里，四至范围：东至湖滨路，南至沙岭村，"
            "西至谢湾村，北至海滨化工、谢湾村；区块三四至范围：北至竹泽公路、汉江大堤、远达化工、汉南社区。")
    assert _hosted(tmp_path, text) == set()
    assert set(kinds(text, "Enterprise")) <= {"海滨化工", "远达化工"}


def test_adverbs_before_a_listing_verb_and_a_verb_before_a_university_name_nothing():
    assert kinds("截至4月27日，科创板已累计受理企业申报554家，已累计成功上市企业265家。", "Enterprise") == []
    assert kinds("科技园要紧密契合河北大学的发展方向、保定市的发展需求。", "ResearchInstitute") == ["河北大学"]


def test_a_zones_own_document_titled_on_its_line_without_title_marks(tmp_path):
    text = "鞍山高新技术产业开发区管理条例（2002修改）\n第二条本条例适用于经国务院批准的鞍山高新技术产业开发区。\n"
    facts = facts_of(tmp_path, text)
    assert ("鞍山高新技术产业开发区", "implementsPolicy", "鞍山高新技术产业开发区管理条例") in facts
    assert not any(p == "issuedBy" for s, p, o in facts)  # a statute: its city's congress issues it
    text = "青岛市高新区高新技术企业奖励政策：青岛高新区关于聚焦创新引领加快企业雁阵培育推动高质量发展的试行意见\n"
    title = "青岛高新区关于聚焦创新引领加快企业雁阵培育推动高质量发展的试行意见"
    assert (title, "issuedBy", "青岛高新技术产业开发区") in facts_of(tmp_path, text)
    # in running text the words after a zone's name are no title
    assert kinds("苏州高新区管理条例规定了企业的权利。", "Policy") == []


def test_links_of_a_chain_listed_alone_are_no_sectors(tmp_path):
    text = "2018年，包头稀土高新区初步形成以稀土磁性材料生产、后加工、应用、及科技、人才、装备配套等完整产业集群。"
    assert not {"后加工", "应用", "科技", "装备配套"} & _industries(tmp_path, text)


def test_a_universitys_institute_named_with_the_zone_is_one_institute():
    text = "双方领导共同为“武汉理工大学——镇江高新区船舶海工与高端装备联合创新中心”揭牌。"
    assert [(m.kind, m.name) for m in find_mentions(text) if m.kind in ("ResearchInstitute", "Zone")] == [
        ("ResearchInstitute", "武汉理工大学—镇江高新区船舶海工与高端装备联合创新中心"), ("Zone", "镇江高新技术产业开发区")]
    assert kinds("上海财经大学金融学院合肥高新区金融研究院揭牌。", "ResearchInstitute") == ["上海财经大学金融学院合肥高新区金融研究院"]
    # a university beside the zone, without a name running on: two bodies
    assert kinds("南京大学与苏州高新区共建研究院。", "ResearchInstitute") == ["南京大学"]


def test_the_first_item_after_the_verb_may_be_two_sectors_joined(tmp_path):
    text = "宜昌高新区按照“5+1”模式，打造生物医药及食品、新材料及新能源、汽车及装备制造、电子信息等五大工业主导产业。"
    assert {"生物医药及食品", "新材料及新能源"} <= _industries(tmp_path, text)
    text = "杭州高新区聚焦产业链布局，打造生命健康产业与数字经济、新制造业融合发展的产业高地。"
    assert "生命健康产业与数字经济" not in _industries(tmp_path, text)


def test_a_joint_stock_company_written_without_you_xian_keeps_its_gong_si():
    assert kinds("华智机器股份公司董事长蒋笑出席仪式。", "Enterprise") == ["华智机器股份公司"]
    assert kinds("公司于2015年改制为股份公司。", "Enterprise") == []


def test_words_a_project_or_company_word_is_glued_to_name_no_company(tmp_path):
    text = ("苏州高新区协鑫光伏二期开工。公司的一期项目600MW于2010年顺利完成并达产，此次二期总投资达3.3亿美元，"
            "二期600MW项目投产后将形成新增年产1.62亿片硅片的生产规模。")
    assert not {"公司的", "二期"} & set(kinds(text, "Enterprise"))
    assert "投产后" not in kinds("今年公司总投资6000万元对现有项目进行扩建，投产后公司年生产产值将达2亿元。", "Enterprise")


def test_customers_a_firm_makes_parts_for_opening_the_clause_are_not_hosted(tmp_path):
    text = ("苏州高新区企业苏州市欧陆杰电器有限公司是一家专业生产吸尘器用伸缩管的企业，为国际家电巨头飞利浦、西门子和伊莱克斯等"
            "配套生产，今年公司总投资6000万元对现有项目进行扩建。")
    assert _hosted(tmp_path, text) == {"苏州市欧陆杰电器有限公司"}


def test_universities_of_a_region_or_a_grade_are_kinds_not_names():
    assert kinds("由深圳华大基因等知名公司联合欧美一流大学共同发起成立。", "ResearchInstitute") == []
    assert kinds("实现全球顶级的研究型大学与中国大学、企业的聚合。", "ResearchInstitute") == []
    assert kinds("与中国科学院大学、中国人民大学合作。", "ResearchInstitute") == ["中国科学院大学", "中国人民大学"]


def test_a_list_of_companies_after_the_zones_name_and_its_last_two_joined_by_he(tmp_path):
    text = "日前，天津高新区合源生物、外泌体科技、中电云脑、谱天生物、金立研和飞眼无人机等8家企业获批博士后科研工作站。"
    assert {"合源生物", "金立研", "飞眼无人机"} <= set(kinds(text, "Enterprise"))
    # a body before an award's winner is no zone: the name is not cut after it
    assert "嘉兴科技园" not in kinds("今年上半年，上海交大嘉兴科技园成功获评省级创业孵化示范基地。", "Enterprise")


def test_our_citys_zone_on_a_city_papers_page_is_the_papers_citys(tmp_path):
    text = ("我市国家级科技企业孵化器获评全国优秀\n来源：新乡日报\n新乡网讯（新乡日报全媒体记者）近日，火炬中心发布评价结果。"
            "河南省国家级科技企业孵化器共有23家被评为优秀，我市高新区2家国家级科技企业孵化器均取得好成绩。"
            "当前，高新技术创业服务中心已形成了以电子信息、光机电一体化、生物化工等为主的科技创新群体。\n")
    assert {"电子信息", "生物化工"} <= _industries(tmp_path, text)


def test_a_central_body_opening_the_clause_issues_the_title_it_brings_out(tmp_path):
    text = ("近日，工业和信息化部公布2024年国家高新区综合评价排名情况，随州高新区排名前进8位。2024年，工业和信息化部修订出台了"
            "新版考评体系《国家高新技术产业开发区综合评价指标体系》，新版考评体系由6个一级指标构成。")
    issuers = _objects(tmp_path, text, "issuedBy")
    assert issuers == {"工业和信息化部"}


def test_a_foreign_company_named_by_its_country_and_acting_in_the_zone(tmp_path):
    text = "今年美国花旗以并购形式入驻高新区，日本瑞萨正式入驻西安高新区。"
    assert {"花旗", "瑞萨"} <= _hosted(tmp_path, text)
    assert "莱姆纳" in [m.name for m in find_mentions("中兴新通讯携手美国莱姆纳投资15亿元建设环保设备生产基地。") if m.kind == "Enterprise"]
    assert "丰树" in [m.name for m in find_mentions("，新加坡丰树落户高新区。") if m.kind == "Enterprise"]  # no 国 in it
    # every country of data/words/countries.txt, not only the pattern's own few
    assert "卡巴斯基" in [m.name for m in find_mentions("，俄罗斯卡巴斯基公司正式落户高新区。") if m.kind == "Enterprise"]
    # a country's government or its firms in general are no company
    assert kinds("美国政府投资基础设施，日本企业投资高新区。", "Enterprise") == []


def test_a_work_plan_is_a_policy_and_a_declared_short_name_starts_after_jian_cheng(tmp_path):
    text = "枣庄高新区召开全区经济工作会议，印发了《枣庄高新区2019年工作要点》，制定了全区重点建设项目名单。"
    facts = facts_of(tmp_path, text)
    assert ("枣庄高新技术产业开发区", "implementsPolicy", "枣庄高新区2019年工作要点") in facts
    assert "下简称华园研究院" not in kinds("离不开清远高新华园科技协同创新研究院（以下简称华园研究院）的支持。", "ResearchInstitute")


def test_a_foreign_companys_chinese_arm_and_a_foreign_branch_campus_are_named_without_their_country(tmp_path):
    # round 79 (枣庄), round 77 (西安): the legal name begins after the country; the written form stays a form
    text = "滨海高新网讯8月29日，日本三菱商事（青岛）有限公司总经理藤井伸明一行到枣庄高新区洽谈投资合作。"
    assert "三菱商事（青岛）有限公司" in _hosted(tmp_path, text)
    assert "东芝株式会社" in _hosted(tmp_path, "日本东芝株式会社在西安高新区投资建设半导体封装项目。")
    # round 79 (郑州): a branch campus and its university, without 美国
    text = "郑州高新区将开展与德国哥德堡大学、美国加州大学旧金山分校等国内外科研院所交流活动。"
    facts = facts_of(tmp_path, text)
    assert ("加州大学旧金山分校", "subOrganizationOf", "加州大学") in facts


def test_a_known_company_ending_before_its_branchs_place_starts_the_branchs_name(tmp_path):
    # round 79 (荆门): the verb before 长城汽车 is no part of its branch (not 送往长城汽车荆门分公司)
    text = ("荆门高新区的底盘从流水生产线上下来，紧接着被送往长城汽车荆门分公司主机厂。"
            "为配套服务好长城汽车荆门分公司生产，荆门高新区48家汽车零部件企业正开足马力生产。")
    names = set(kinds(text, "Enterprise"))
    assert "长城汽车荆门分公司" in names
    assert not {"送往长城汽车荆门分公司", "好长城汽车荆门分公司"} & names


def test_well_known_companies_of_the_session_25_table_and_a_companys_site_as_page_chrome(tmp_path):
    # data/enterprise_brands.csv, session 25 (compiled from general knowledge); round 77 (西安), round 73 (杨凌)
    text = "美国花旗以并购形式入驻高新区，爱默生设立了爱默生科技能源（西安）有限公司。"
    assert "爱默生" in kinds(text, "Enterprise")
    assert "先正达" in kinds("先正达在杨凌示范区建设育种研发中心。", "Enterprise")
    # round 25 (渭南): the source line names a portal, no company of the zone
    assert kinds("发布时间：2020-07-01来源：凤凰传媒网点击数：581440近年来，渭南高新区坚持创新驱动。", "Enterprise") == []
    assert kinds("（作者：张力）CopyRight©2020凤凰传媒网All Rights Reserved.", "Enterprise") == []


def test_sectors_written_the_older_way_are_the_taxonomys(tmp_path):
    # round 79 (天津滨海, 2009): 风力发电 is 风电, 太阳能电池 光伏, 贮能电池 储能电池, 绿色电池 新能源电池 (data/industries.ttl)
    text = "目前，天津高新区在绿色电池、太阳能电池和风力发电领域形成了三大板块，贮能电池产业也在起步。"
    assert {"风电", "光伏", "新能源电池", "储能电池"} <= _industries(tmp_path, text)
    assert "贮能电池" not in kinds(text, "Enterprise")


def test_fund_managers_counted_as_such_are_companies_the_zone_does_not_host(tmp_path):
    # round 79 (成都): ten GPs sign with the zone's angel fund
    text = ("成都高新区天使母基金在本次峰会上与中科创星、峰瑞资本、真格基金、北极光创投、陆石投资5家基金管理人（GP）集中签约，"
            "规模超60亿元。")
    assert {"中科创星", "峰瑞资本", "真格基金", "北极光创投", "陆石投资"} <= set(kinds(text, "Enterprise"))
    assert _hosted(tmp_path, text) == set()


def test_sectors_of_a_trend_of_the_times_are_not_the_zones(tmp_path):
    # round 79 (赣州): the market the zone's motors are made for
    text = ("赣州高新区集聚了40余家稀土永磁电机企业。随着我国新能源汽车市场高速发展、智能家居普及率不断上升，"
            "稀土永磁电机市场需求将持续快速提升。")
    assert not {"新能源汽车", "智能家居"} & _industries(tmp_path, text)
    # the zone's own clause after it is its own
    assert "新能源汽车" in _industries(tmp_path, "随着全国智能家居普及率不断上升，赣州高新区新能源汽车产业快速壮大。")


def test_a_national_grade_is_no_part_of_a_sectors_name(tmp_path):
    # round 79 (枣庄): 国家级锂电产业基地 is a base of the 锂电 sector (data/words/sector_qualifiers.txt)
    text = "枣庄高新区锂电产业起步于2004年，积极打造国家级锂电产业基地和资源枯竭城市转型发展示范区。"
    industries = _industries(tmp_path, text)
    assert "新能源电池" in industries and not any("国家级" in name for name in industries)


def test_a_company_held_or_bought_by_another_is_its_and_the_holder_is_not_hosted(tmp_path):
    # round 79 (长沙), round 77 (苏州): X由Y投资控股, X由Y控股投资
    text = ("长沙高新区管委会主任罗社辉介绍，湖南金沙药业股份有限公司由湖南中烟工业有限责任公司投资控股，"
            "该公司研发的桑皮素胶囊项目处于国内领先水平。")
    facts = facts_of(tmp_path, text)
    assert ("湖南金沙药业股份有限公司", "subOrganizationOf", "湖南中烟工业有限责任公司") in facts
    assert ("长沙高新技术产业开发区", "hostsEnterprise", "湖南中烟工业有限责任公司") not in facts
    text = "苏州高新区的苏州市硅峰光电科技股份有限公司由赫瑞特投资管理有限公司控股投资，主要从事单晶硅的切割生产加工。"
    assert ("苏州市硅峰光电科技股份有限公司", "subOrganizationOf", "赫瑞特投资管理有限公司") in facts_of(tmp_path, text)


def test_a_list_of_what_a_firm_makes_or_of_a_places_assets_names_no_company(tmp_path):
    # round 80 (肇庆, 咸宁)
    text = "肇庆高新区新动工项目是威腾汽车零部件项目，该公司是一家生产汽车、电子、日用品塑料模具等零部件的企业。"
    assert not {"生产汽车", "电子"} & set(kinds(text, "Enterprise"))
    text = "奥瑞金公司相关负责人表示，良好的生态、区位优势和优良的营商环境让企业安心生产经营。"
    assert not {"良好的生态", "区位优势"} & set(kinds(text, "Enterprise"))


def test_a_leader_bringing_a_school_and_a_hope_open_no_names(tmp_path):
    # round 80 (桂林, 抚州): 携 and 希望 stand before a name (data/words/left_boundaries.txt)
    text = "11月26日，广西师范大学科技处领导携电子与信息工程学院领导及专家一行，深入桂林高新区产业园区开展调研。"
    assert not any("领导" in name for name in kinds(text, "ResearchInstitute"))
    text = "抚州高新区管委会负责人表示，同时也希望赣东学院与园区企业加强合作。"
    assert "时也希望赣东学院" not in kinds(text, "ResearchInstitute")


def test_a_national_agricultural_zone_no_list_holds_is_found_by_its_pattern(tmp_path):
    # round 80 (周口, 昌吉): 农高区 beyond 杨凌 and 黄河三角洲, named from their place and flagged as not listed
    text = "近日，昌吉国家农业高新技术产业示范区与新疆笑厨食品有限公司签约番茄制品项目。"
    assert ("昌吉国家农业高新技术产业示范区", "hostsEnterprise", "新疆笑厨食品有限公司") in facts_of(tmp_path, text)
    zones = [m for m in find_mentions("河南周口国家农高区小麦技术创新中心建成投用。") if m.kind == "Zone"]
    assert [(z.name, z.rule) for z in zones] == [("河南周口国家农业高新技术产业示范区", "zone-pattern")]
    # the listed ones keep their official names; a category names none; a verb before 高新区 is no place's qualifier
    assert [m.name for m in find_mentions("黄河三角洲农高区") if m.kind == "Zone"] == ["黄河三角洲农业高新技术产业示范区"]
    assert [m for m in find_mentions("加快国家农高区建设，这是珠海首部促进高新区高质量发展的法规。") if m.kind == "Zone"] == []


def test_an_area_among_the_places_visited_is_no_company(tmp_path):
    # round 80 (襄阳): 综合保税区 is an area, whatever the list's head says
    text = "考察期间，考察团一行先后走访了襄阳高新区东风康明斯发动机有限公司、襄阳综合保税区等重点企业和园区。"
    assert "襄阳综合保税区" not in kinds(text, "Enterprise")


def test_an_institute_publishing_a_ranking_of_zones_is_no_partner(tmp_path):
    # round 80 (株洲) and round 15 (株洲, not read when the rule was written)
    text = "近日，上奇研究院发布“专精特新”百强高新区排行榜，株洲高新区位列第28位，居湖南第一。"
    assert _objects(tmp_path, text, "partnersWith") == set()
    text = ("9月23日，中国科学院科技战略咨询研究院中国高新区研究中心发布《国家高新区上市公司创新能力百强园区榜单（2024）》，"
            "株洲高新区位列百强园区榜单第41位。")
    assert _objects(tmp_path, text, "partnersWith") == set()
    # one that works with the zone still is
    assert _objects(tmp_path, "株洲高新区与上奇研究院签署战略合作协议。", "partnersWith") == {"上奇研究院"}


def test_companies_guests_visit_with_the_zones_officials_are_the_zones(tmp_path):
    # round 80 (抚州): a college's party, accompanied by the zone's officials, visits the zone's firms
    text = ("近日，赣东学院常务副院长邹自力率队赴抚州高新区开展调研交流。邹自力一行在高新区党工委委员廖明陪同下，"
            "实地考察了比克电池、深根铜箔、誉鸿锦等企业和比亚迪汽车产业园。")
    assert {"比克电池", "深根铜箔", "誉鸿锦"} <= _hosted(tmp_path, text)


def test_a_zones_company_written_out_to_its_legal_form_keeps_it(tmp_path):
    # round 81 (莱芜)
    text = "莱芜高新投资控股有限公司招商服务部工作人员告诉记者，莱芜高新区园区建设正在快速推进当中。"
    assert "莱芜高新投资控股有限公司" in kinds(text, "Enterprise")
    assert "莱芜高新投资控股" not in kinds(text, "Enterprise")


def test_at_the_meeting_and_a_sites_greeting_open_no_name(tmp_path):
    # round 81 (蚌埠, 潍坊): 会上 and 欢迎光临 stand before a name (data/words/left_boundaries.txt)
    assert kinds("会上安徽财经大学汇报了规划纲要的相关内容。", "ResearchInstitute") == ["安徽财经大学"]
    assert kinds("欢迎光临潍坊工程职业学院-党委宣传部！", "ResearchInstitute") == ["潍坊工程职业学院"]


def test_a_known_company_named_after_a_zone_is_no_mention_of_the_zone(tmp_path):
    # round 81 (莱芜): 中关村信息谷 runs bases in other cities; the page stays about 莱芜高新区
    text = ("莱芜高新区大力发展智能制造产业。目前中关村信息谷创新示范基地项目的园区建设和园区招商两项工作都在快速推进当中，"
            "基地聚焦智能制造产业。")
    assert [m for m in find_mentions(text) if m.kind == "Zone" and m.surface == "中关村"] == []
    facts = facts_of(tmp_path, text)
    assert ("中关村科技园区", "hasIndustry", "智能制造") not in facts
    # the zone itself, and its own group, still name it
    assert [m.name for m in find_mentions("中关村发展集团与高新区签约。") if m.kind == "Zone"] == ["中关村科技园区"]


def test_a_university_of_a_kind_is_no_university(tmp_path):
    # round 81 (济宁): 高质量应用型大学 is what a college means to become
    assert kinds("学校围绕建设高质量应用型大学的办学目标，坚持产教融合、校地校企合作的办学路径。", "ResearchInstitute") == []
    assert kinds("与综合性大学和南京大学合作。", "ResearchInstitute") == ["南京大学"]


def test_ethnic_medicine_and_power_transmission_as_zones_write_them(tmp_path):
    # rounds 13, 19 and 30 (昆明, 楚雄), 22 and 73 (泰安, 衡阳): labels of the taxonomy's 民族医药 and 输变电装备
    text = "昆明高新区以云南道地药材、民族药、天然植物药、动物药、微生物药为重点，打造“云药”产业链。"
    assert "民族医药" in _industries(tmp_path, text)
    assert "输变电装备" in _industries(tmp_path, "衡阳高新区大力发展输变电产业，形成了完整的产业链。")


def test_a_zone_named_from_its_city_goes_by_its_city_in_a_list(tmp_path):
    # round 82 (福厦泉): 厦门's zone is 厦门火炬; in a list of zones 厦门 names it (no 厦门高新区 invented)
    text = "国务院批准福州、厦门和泉州3个国家高新区建设自主创新示范区。"
    zones = [m.name for m in find_mentions(text) if m.kind == "Zone"]
    assert zones == ["福州高新技术产业开发区", "厦门火炬高技术产业开发区", "泉州高新技术产业开发区"]
    assert [m.name for m in find_mentions("惠州、东莞两个国家高新区签约。") if m.kind == "Zone"] == [
        "惠州仲恺高新技术产业开发区", "东莞松山湖高新技术产业开发区"]


def test_the_fields_firms_compete_in_at_a_contest_are_not_the_zones_sectors(tmp_path):
    # round 82 (广州): the contest's fields, after 在, before 角逐
    text = "广州高新区29家企业入围全国赛，这些企业将在新材料领域，生物医药领域，新一代信息技术领域展开激烈角逐。"
    assert _industries(tmp_path, text) == set()
    assert _industries(tmp_path, "广州高新区在新材料领域持续发力，形成产业集群。") == {"新材料"}


def test_after_the_city_speaks_a_paragraph_naming_the_city_and_no_zone_is_the_citys(tmp_path):
    # round 82 (璧山): a page about the zone moves on to its city's projects (重庆基于…。¶ …助推了重庆…)
    text = ("璧山高新区的比亚迪动力电池项目开工建设。\n"
            "2017年底，重庆基于对自身产业基础的判断，提出壮大智能产业。\n"
            "近两年来，京东方柔性显示生产线等项目落地开工，腾讯西南总部等投用，助推了重庆智能产业的发展。")
    hosted = _hosted(tmp_path, text)
    assert "比亚迪股份有限公司" in hosted
    assert not {"京东方", "腾讯"} & hosted


def test_a_zone_written_with_guojiaji_and_no_zone_after_a_preposition(tmp_path):
    # round 82 (荣昌): 国家级 before 高新区 in a zone's name; a bank's branch 向 the zone is no zone's name
    zones = [m.name for m in find_mentions("位于重庆荣昌国家级高新区内的华森制药生产基地。") if m.kind == "Zone"]
    assert zones == ["荣昌高新技术产业开发区"]
    assert [m for m in find_mentions("吉林省分行向高新区提供贷款。") if m.kind == "Zone"] == []


def test_the_big_banks_and_a_known_companys_branch_in_a_city(tmp_path):
    # round 82 (深圳, 克拉玛依): banks lend to zone firms and co-build their finance centres
    text = "高新区与中国工商银行深圳市分行共建科技金融创新服务中心。"
    assert kinds(text, "Enterprise") == ["中国工商银行深圳市分行"]  # the whole known name, not its 工商银行
    assert kinds("送往长城汽车荆门分公司。", "Enterprise") == ["长城汽车荆门分公司"]
    assert kinds("国家开发银行吉林省分行提供贷款。", "Enterprise") == ["国家开发银行吉林省分行"]


def test_a_rank_among_places_is_no_company(tmp_path):
    # round 82 (克拉玛依): 是新疆唯一获批… read as a company that won approval
    assert kinds("克拉玛依高新区是新疆唯一获批实施企业“创新积分制”的国家高新区。", "Enterprise") == []


def test_guests_heads_and_a_ministrys_partner_are_not_hosted(tmp_path):
    # round 82 (深圳): a company whose head is among the guests; a company a ministry signs with
    text = ("深圳高新区科技金融创新服务中心启动运营。科技部火炬中心党委书记吕先志、中国工商银行总行公司金融业务部总经理张锋、"
            "深圳市科技创新委员会副主任钟海出席启动仪式。科技部与中国工商银行2021年签署了新一轮战略合作协议。")
    assert "中国工商银行股份有限公司" not in _hosted(tmp_path, text)
    assert "比亚迪股份有限公司" in _hosted(tmp_path, "深圳高新区与比亚迪签署协议，比亚迪总部落户高新区。")


def test_an_institute_shortened_to_its_opening_and_suo_is_the_one_written_in_full(tmp_path):
    # round 82 (厦门): 中国科学院城市所 in the title, 中国科学院城市环境研究所 in the text
    text = ("火炬高新区与中国科学院城市所签署合作协议。近日，火炬高新区管委会与中国科学院城市环境研究所签署合作协议。"
            "扎根厦门近二十年的中国科学院城市所，是中国科学院资源环境与高技术交叉领域的研究所。")
    partners = _objects(tmp_path, text, "partnersWith")
    # one institute, and its academy only described as its parent, no partner of its own
    assert partners == {"中国科学院城市环境研究所"}


def test_our_district_keeps_a_sentence_the_zones_when_the_city_speaks(tmp_path):
    # round 82 (泰州): 泰州市科技局公布…名单，我区共有10家企业获批… on the zone's own page
    text = ("信息来源：医药高新区（高港区）工业和科技创新局。近日，泰州市科技局公布市级工程技术研究中心名单，"
            "我区共有10家企业获批建设，涉及生物医药、化学新材料、机电装备等领域。")
    assert {"生物医药", "机电装备"} <= _industries(tmp_path, text)


def test_the_shipbuilding_sector_as_pages_write_it(tmp_path):
    # round 82 (松山湖): 船舶行业 is the taxonomy's 船舶与海洋工程装备
    assert "船舶与海洋工程装备" in _industries(tmp_path, "松山湖高新区努力打造船舶行业特色产业集聚区。")


def test_a_settling_verb_after_a_group_is_no_unit_of_it():
    # written for this test: 引进比亚迪落户 was read as the group's unit 比亚迪落户
    assert kinds("高新区管委会引进比亚迪落户。", "Enterprise") == ["比亚迪"]


def test_the_national_zones_as_a_whole_are_no_zone_in_particular(tmp_path):
    # round 79 (导报): on a page that named 中关村, 30年来，国家高新区涌现出… speaks of all zones
    text = "中关村的新一代信息技术产业集群影响力日益增强。30年来，国家高新区涌现出联想、百度、腾讯等具有国际影响力的高新技术大公司。"
    assert not {"联想集团有限公司", "百度公司", "腾讯"} & _hosted(tmp_path, text)
    # a zone's own body named so is the zone's
    assert "比亚迪股份有限公司" in _hosted(tmp_path, "西安高新区招商。国家高新区管委会引进比亚迪落户。")


def test_an_adverb_between_the_issuer_and_its_verb(tmp_path):
    # round 78 (坪山): 深圳市人民政府还出台了《…》 is issued by the city's government, not the zone its title names
    text = "今年3月，深圳市人民政府还出台了《关于支持深圳国家高新区坪山园区建设世界一流高科技产业园区的意见》。"
    assert _objects(tmp_path, text, "issuedBy") == {"深圳市人民政府"}


def test_a_province_and_two_characters_is_no_zones_place(tmp_path):
    # round 83 (唐山): 河北工大和唐山高新区 read 河北工大 as a district's zone; it is 河北工业大学
    text = "河北工大和唐山高新区在科研上有着相似的发展方向。"
    assert [m.name for m in find_mentions(text) if m.kind == "Zone"] == ["唐山高新技术产业开发区"]
    assert kinds(text, "ResearchInstitute") == ["河北工大"]


def test_our_school_and_our_institute_open_no_name(tmp_path):
    # rounds 82 and 83 (university and institute news): 我校, 我院 stand before a name (data/words/left_boundaries.txt)
    text = "一行还参观了我校能源装备材料技术研究院、智能康复装置与检测技术教育部工程研究中心。"
    assert "能源装备材料技术研究院" in kinds(text, "ResearchInstitute")


def test_a_body_whose_people_attend_is_no_partner(tmp_path):
    # round 83 (唐山): colleges whose people sit in the zone's talks (…学院相关负责同志参加座谈会)
    text = "唐山高新区管委会主任一行到我校走访，寻求校地合作，经济管理学院、控制科学与工程学院相关负责同志参加座谈会。"
    assert _objects(tmp_path, text, "partnersWith") == set()


def test_sectors_right_after_a_second_zones_name_are_that_zones(tmp_path):
    # round 83 (人民日报): 以北京中关村和上海张江为例，…；…，上海张江高新区集成电路、生物医药、人工智能三大先导产业…
    text = ("以北京中关村和上海张江为例，2022年，中关村企业总收入8.7万亿元；2023年1至10月，"
            "上海张江高新区集成电路、生物医药、人工智能三大先导产业规模9576.5亿元。")
    facts = facts_of(tmp_path, text)
    sectors = {(s, o) for s, p, o in facts if p == "hasIndustry"}
    assert sectors == {("上海张江高新技术产业开发区", o) for o in ("集成电路", "生物医药", "人工智能")}


def test_a_brand_before_its_first_of_a_kind_product(tmp_path):
    # round 83 (成都): 推动美益达医疗全国首创可吸收颅骨锁产品获…注册证
    assert kinds("成都高新区已推动美益达医疗全国首创可吸收颅骨锁产品获注册证。", "Enterprise") == ["美益达医疗"]


def test_a_list_headed_as_research_bodies_names_one_in_each_item(tmp_path):
    # round 83 (宁波): …、宁波中科集成电路设计中心、宁波微软技术中心、TRW亚太技术中心等科技研发机构145家
    text = "高新区先后引进中科院材料所、宁波中科集成电路设计中心、宁波微软技术中心、TRW亚太技术中心等科技研发机构145家。"
    assert {"宁波中科集成电路设计中心", "宁波微软技术中心", "TRW亚太技术中心"} <= set(kinds(text, "ResearchInstitute"))
    # kinds of body heading nothing of their own stay out (工程技术研究中心, 企业技术中心)
    assert kinds("鼓励企业建设工程技术研究中心、企业技术中心、重点实验室等研发机构。", "ResearchInstitute") == []


def test_an_academys_short_name_opening_its_branch(tmp_path):
    # round 83 (宁波): 兵科院宁波分院 is 中国兵器科学研究院's (data/org_aliases.csv; an alias ending 研究院 abbreviates a parent too)
    facts = facts_of(tmp_path, "宁波高新区先后引进兵科院宁波分院等科研机构。")
    assert ("中国兵器科学研究院宁波分院", "subOrganizationOf", "中国兵器科学研究院") in facts


def test_a_zones_company_under_its_official_name(tmp_path):
    # round 83 (湛江): the zone's incubator company, named by the zone's official name and its own
    text = "湛江市现代产业技术创新中心和湛江高新技术产业开发区科技创业服务中心有限公司被评为全国A类孵化器。"
    assert "湛江高新技术产业开发区科技创业服务中心有限公司" in kinds(text, "Enterprise")
    # a company of the zone named after it is no company of the zone's name (…开发区内的…)
    assert kinds("位于璧山高新技术产业开发区内的重庆宇海精密制造股份有限公司投产。", "Enterprise") == ["重庆宇海精密制造股份有限公司"]


def test_a_company_to_be_set_up_is_no_name(tmp_path):
    # round 83 (包头): 拟新设全资子公司，通过新设公司在…投资建设
    assert kinds("通过新设公司在包头稀土高新技术产业开发区内投资建设项目。", "Enterprise") == []


def test_a_city_written_in_full_before_gaoxin_yuanqu(tmp_path):
    # round 83 (衢州): 衢州市高新园区, as local pages call the zone
    assert [m.name for m in find_mentions("目前，衢州市高新园区申报国家级工作正在进行中。") if m.kind == "Zone"] == [
        "衢州高新技术产业开发区"]


def test_the_fields_an_institute_researches_and_its_people_further_down_a_roll(tmp_path):
    # round 83 (自贡): 围绕新能源动力电池等领域开展产业化技术研究 are the institute's fields; a college whose
    # 负责人和…师生参加会议 is no partner
    text = "学校与自贡高新区管委会共建研究院，围绕动力电池等领域开展产业化技术研究。"
    assert "动力电池" not in _industries(tmp_path, text)
    roll = "自贡高新区举办大会，学校科技处、材料科学与工程学院负责人和实验室新能源研究团队师生参加会议。"
    assert "材料科学与工程学院" not in _objects(tmp_path, roll, "partnersWith")


def test_a_comprehensive_national_science_centre_is_no_institute(tmp_path):
    # round 83 (武汉): 东湖综合性国家科学中心 is a national programme's area; its institutes are bodies
    assert kinds("依托东湖综合性国家科学中心建设孵化器。", "ResearchInstitute") == []
    assert kinds("合肥综合性国家科学中心能源研究院揭牌。", "ResearchInstitute") == ["合肥综合性国家科学中心能源研究院"]


def test_a_zone_and_its_districts_joint_plan_and_party_committees_opening_a_title(tmp_path):
    # round 83 (杭州): the zone and 滨江区 share one plan; the 《建议》 opens with two Party committees
    text = ("杭州高新技术产业开发区、杭州市滨江区国民经济和社会发展第十四个五年规划和二○三五年远景目标纲要，根据"
            "《中共杭州高新技术产业开发区党工委中共杭州市滨江区委关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》编制。")
    plans = [m for m in find_mentions(text) if m.kind == "Policy"]
    assert plans[0].name.startswith("杭州高新技术产业开发区、杭州市滨江区国民经济")
    assert plans[1].extra["issuers"] == ("中共杭州高新技术产业开发区党工委", "中共杭州市滨江区委")


def test_strength_given_to_growth_is_no_company(tmp_path):
    # round 78 (株洲): 为高质量发展注入澎湃新动力 read as a company ending 动力
    assert kinds("高新区8条产业链迎难而上，为高质量发展注入澎湃新动力。", "Enterprise") == []


def test_a_companys_technology_centre_belongs_to_it(tmp_path):
    # round 83 (宁波): 宁波微软技术中心 is 微软's, TRW亚太技术中心 is TRW's
    text = "高新区先后引进中科院材料所、宁波微软技术中心、TRW亚太技术中心等科技研发机构145家。"
    parents = {(s, o) for s, p, o in facts_of(tmp_path, text) if p == "subOrganizationOf"}
    assert {("宁波微软技术中心", "微软公司"), ("TRW亚太技术中心", "TRW")} <= parents


def test_zone_forms_written_out_without_the_city_and_a_free_trade_zones_area(tmp_path):
    # round 84 (紫竹, 中山, 合肥): 紫竹高新区 written out; 火炬开发区 on a page naming 中山; 合肥片区高新区块 no zone
    assert [m.name for m in find_mentions("闵行紫竹高新技术产业开发区") if m.kind == "Zone"] == ["上海紫竹高新技术产业开发区"]
    text = "中山市重点推进工业项目。火炬开发区以生物医药特色产业园获批全省首批特色产业园。"
    assert "生物医药" in _industries(tmp_path, text)
    assert [m for m in find_mentions("自贸试验区合肥片区高新区块首批项目签约仪式举行。") if m.kind == "Zone"] == []


def test_an_events_themes_are_not_the_zones_sectors(tmp_path):
    # round 84 (大连): 本届海创周聚焦…等重点产业方向 are the event's; the zone's signed projects' sectors stay its own
    text = ("会上，大连高新区26个重大项目集中签约，涵盖智能制造、新材料等战略性新兴产业领域。"
            "据介绍，本届海创周聚焦元宇宙、车联网、智能制造等重点产业方向。")
    assert _industries(tmp_path, text) == {"智能制造", "新材料"}


def test_a_company_before_its_heads_title_and_an_official_after_his_office(tmp_path):
    # round 84 (合肥): 深圳朗科智能董事长陈静 names the company; 市领导凌云 is a city leader, no company ending 云
    # (and since session 40, a list of firms each before its officer's title and name: 北京佰才邦 too)
    assert kinds("北京佰才邦CEO孙立新、深圳朗科智能董事长陈静等企业家代表介绍了企业发展情况。", "Enterprise") == ["北京佰才邦", "深圳朗科智能"]
    assert kinds("市领导凌云、龚春刚，市政府秘书长罗平等出席并参加商谈。", "Enterprise") == []


def test_our_citys_pillar_sector_is_the_citys(tmp_path):
    # round 84 (仙桃): 非织造布产业是我市第一大支柱产业 on a page that names the zone later
    text = "非织造布产业是我市第一大支柱产业。我市首个锂电池负极材料项目在仙桃高新区开工建设。"
    assert "非织造布" not in _industries(tmp_path, text)


def test_a_visiting_party_going_into_firms_visits_the_zones_firms(tmp_path):
    # round 84 (新乡): 省人大…徐主任一行先后深入…科隆集团、华兰生物…实地考察 on the zone's own page
    text = "省人大常委会副主任一行莅临新乡高新区开展调研。徐主任一行先后深入科隆集团、华兰生物实地考察。"
    assert {"科隆集团", "华兰生物工程股份有限公司"} <= _hosted(tmp_path, text)


def test_a_universitys_department_named_without_it_is_no_partner(tmp_path):
    # rounds 73, 80, 81 (杭州, 桂林, 潍坊): 人工智能学院, 电子与信息工程学院 of a university the sentence does not name
    text = "杭州高新区与人工智能学院、计算机与软件学院签约共建实训基地。"
    assert _objects(tmp_path, text, "partnersWith") == set()
    assert "北京电影学院" in _objects(tmp_path, "杭州高新区与北京电影学院签约共建实训基地。", "partnersWith")


def test_every_central_body_of_the_list_opens_a_title_as_its_issuer(tmp_path):
    # the title-opening pattern reads data/words/central_bodies.txt too: 教育部, 商务部 were missing from its own list
    for body in ("教育部", "商务部", "国务院办公厅"):
        title = f"《{body}关于支持高新区创新发展的意见》发布。"
        assert [m.extra["issuers"] for m in find_mentions(title) if m.kind == "Policy"] == [(body,)]


def test_a_branch_named_short_in_the_title_before_its_full_name_is_one_unit(tmp_path):
    # round 84 (乌鲁木齐): the title's 新疆分院, then 中国科学院新疆分院: one branch, as when written the other way
    text = "新疆分院与乌鲁木齐高新区座谈\n7月27日，中国科学院新疆分院与乌鲁木齐高新区举行座谈。新疆分院副院长主持。\n"
    assert _objects(tmp_path, text, "partnersWith") == {"中国科学院新疆分院"}


def test_an_everyday_word_and_an_ending_make_no_institute():
    # round 84 (乌鲁木齐): 介绍了…的情况和研究所发展情况; 碳中和研究院 keeps its 和
    assert kinds("分别介绍了新疆分院开展院地合作工作的情况和研究所发展情况。", "ResearchInstitute") == ["新疆分院"]
    assert kinds("双方共建碳中和研究院。", "ResearchInstitute") == ["碳中和研究院"]


def test_a_listed_agricultural_zone_written_with_guojia_and_short():
    # round 85 (黄河三角洲): 黄河三角洲国家农业高新区, 黄河三角洲国家农业高新技术产业示范区 are the listed zone
    for text in ("考察黄河三角洲国家农业高新区", "考察了黄河三角洲国家农业高新技术产业示范区。", "考察杨凌国家农业高新区"):
        assert [m.name for m in find_mentions(text) if m.kind == "Zone"] in (
            ["黄河三角洲农业高新技术产业示范区"], ["杨凌农业高新技术产业示范区"])


def test_a_key_lab_named_by_two_fields_and_quan_guo():
    # rounds 85 and 13: the key labs renamed 全国重点实验室 in 2022, named by two fields joined by 与
    assert kinds("高新区的同志对和草种创新与草地农业生态系统全国重点实验室进行合作。", "ResearchInstitute") == [
        "草种创新与草地农业生态系统全国重点实验室"]
    assert kinds("“聚焦生物健康产业，共建靶向农药创制与应用全国重点实验室，设立基金。", "ResearchInstitute") == [
        "靶向农药创制与应用全国重点实验室"]
    assert kinds("高新区与材料腐蚀与防护国家重点实验室合作。", "ResearchInstitute") == ["材料腐蚀与防护国家重点实验室"]
    assert kinds("企业与全国重点实验室合作。", "ResearchInstitute") == []


def test_words_that_only_look_like_companies():
    # round 85: 由公司或公司在…组建的子公司 ("the company", twice); 辐射带动力 (a driving force);
    # a visit's stops the list calls 科室; a legal name cut at a boundary word that is its business (运营)
    assert kinds("管委会同意由公司或公司在长沙高新技术产业开发区组建的控股或全资子公司投资建设。", "Enterprise") == []
    assert kinds("进一步提高品牌影响力、辐射带动力。", "Enterprise") == []
    assert kinds("潍柴动力、玉柴动力等企业落户。", "Enterprise") == ["潍柴动力", "玉柴动力"]
    assert kinds("院士一行参观了市中医院门诊大厅、中医传承工作室、康复中心、中医内科等科室。", "Enterprise") == []
    assert kinds("新疆科宇科技有限公司和新疆高新人才运营管理有限公司通过前期积极对接。", "Enterprise") == [
        "新疆科宇科技有限公司", "新疆高新人才运营管理有限公司"]


def test_companies_own_efforts_are_no_courting(tmp_path):
    # round 85 (乌鲁木齐): …有限公司通过前期积极对接和努力, 分别与…博士取得了进站意向: the zone's firms, their own effort
    text = ("乌鲁木齐高新区举行进站博士签约仪式。本次大会前，新疆科宇科技有限公司和新疆高新人才运营管理有限公司"
            "通过前期积极对接和努力，分别与三位博士取得了进站意向。")
    assert {"新疆科宇科技有限公司", "新疆高新人才运营管理有限公司"} <= _hosted(tmp_path, text)
    # visits and talks before the company still court it
    assert _hosted(tmp_path, "乌鲁木齐高新区领导走访对接华为公司，洽谈合作。") == set()
    # round 29 (西安): talks after the projects named court them too
    text = "西安高新区招商工作成效明显。此外，中田集团暨榆林商会大厦、西电集团大厦等一批重点招商项目正在积极跟进洽谈。"
    assert _hosted(tmp_path, text) == set()


def test_companies_a_city_brings_in_are_the_citys(tmp_path):
    # round 85 (河源): a sentence whose subject is the zone's city, naming no zone, brings in the city's projects
    text = ("为河源点赞！\n记者近日从相关会议获悉，河源全市新签约超亿元制造业项目140个。\n2024年，河源市围绕电子信息、"
            "先进材料等重点产业，开展大招商优服务行动，引进华勤技术、赛锐科技等超亿元制造业项目140个。\n"
            "河源国家高新区水经济产业发展迅速。\n")
    assert _hosted(tmp_path, text) == set()
    assert "华勤技术股份有限公司" in _hosted(tmp_path, "2024年，河源高新区引进华勤技术、赛锐科技等超亿元制造业项目。")


def test_a_pages_own_policy_title_without_title_marks(tmp_path):
    # round 86 (黄冈, 宿迁): the title line run into the page's source line, and a page's 原标题：关于…
    line = ("中共黄冈市委黄冈市人民政府关于促进黄冈高新技术产业开发区创新发展的决定信息来源：市招商服务中心时间：2019-03-05")
    [policy] = [m for m in find_mentions(line) if m.kind == "Policy"]
    assert policy.name == "关于促进黄冈高新技术产业开发区创新发展的决定"
    assert policy.extra["issuers"] == ("中共黄冈市委", "黄冈市人民政府")
    assert [m.name for m in find_mentions("原标题：关于支持宿迁高新技术产业开发区新一轮高质量发展的若干政策") if m.kind == "Policy"] == [
        "关于支持宿迁高新技术产业开发区新一轮高质量发展的若干政策"]


def test_a_browser_notice_and_one_of_a_kind_of_group_are_no_companies():
    # round 86 (黄冈): 需要较新版本的 Adobe Flash Player (page chrome); (中山) 全市…的国有资本集团之一, and round 73's …传媒集团之一
    assert kinds("此页面上的内容需要较新版本的 Adobe Flash Player。", "Enterprise") == []
    assert kinds("Adobe公司在高新区设立研发中心。", "Enterprise") == ["Adobe"]
    assert kinds("是全市最具核心竞争力的国有资本集团之一。", "Enterprise") == []
    assert kinds("歌尔集团是高新区龙头企业之一。", "Enterprise") == ["歌尔集团"]


def test_a_zones_cluster_written_two_ways_is_one_cluster(tmp_path):
    # round 86 (德阳): “通航创新型产业集群”试点, later 全国唯一的“通用航空创新型产业集群”试点: one cluster
    text = ("德阳高新区获批全国唯一“通航创新型产业集群”试点。\n作为全国唯一的“通用航空创新型产业集群”试点，"
            "德阳高新区加快产业集群建设。\n")
    assert len({o for s, p, o in facts_of(tmp_path, text) if p == "hasCluster"}) == 1
    # and so is one a sentence names by several kinds of one sector (the corpus's 江阴 plan: 打造百亿级高端物流、智慧物流、
    # 电商物流产业集群, one logistics cluster, as its gold and a careful reader (session 69) have it; three until then)
    text = "江阴高新区重点打造百亿级高端物流、智慧物流、电商物流产业集群。"
    assert len({o for s, p, o in facts_of(tmp_path, text) if p == "hasCluster"}) == 1
    # clusters of different sectors stay apart
    text = "江阴高新区重点打造集成电路、生物医药产业集群。"
    assert len({o for s, p, o in facts_of(tmp_path, text) if p == "hasCluster"}) == 2


def test_a_companys_head_in_a_roll_of_guests_set_apart_by_commas(tmp_path):
    # round 86 (宿迁): 宿迁市委书记…，浙江恒逸集团股份有限公司董事长邱建林，市委常委…，…出席开工仪式
    text = ("今日上午，位于宿迁高新区的逸达新材料二期项目正式开工，该项目是去年落户宿迁市的四个百亿级项目之一。\n"
            "逸达新材料二期项目开工仪式现场\n宿迁市委书记、市人大常委会主任张爱军，市委副书记、市长王昊，"
            "浙江恒逸集团股份有限公司董事长邱建林，市委常委、常务副市长史志军，副市长曹秀明，市政府秘书长闫辉出席开工仪式。\n")
    assert "浙江恒逸集团股份有限公司" not in _hosted(tmp_path, text)


def test_a_title_line_after_a_pages_index_lines_run_into_it():
    # round 71 (温州): …成文日期：2013-02-07温州市人民政府关于大力推进…的实施意见发布日期：2013-02-19…
    text = ("文号：温政发〔2013〕29号发布机构：温州市人民政府办公室成文日期：2013-02-07温州市人民政府关于大力推进"
            "温州高新技术产业开发区建设的实施意见发布日期：2013-02-19 11:04浏览次数：")
    [policy] = [m for m in find_mentions(text) if m.kind == "Policy"]
    assert (policy.name, policy.extra["issuers"]) == ("关于大力推进温州高新技术产业开发区建设的实施意见", ("温州市人民政府",))
    # inside running prose the same words after a Chinese character are no title line
    assert [m for m in find_mentions("会议学习了市政府关于加快发展的意见。") if m.kind == "Policy"] == []


def test_a_tong_right_after_a_place_is_the_names():
    # round 87 (保定): 协调河北同光晶体有限公司: 同 is no preposition after 河北
    assert kinds("保定高新区管委会积极协调河北同光晶体有限公司贷款。", "Enterprise") == ["河北同光晶体有限公司"]
    assert kinds("企业与同光科技有限公司签约。", "Enterprise") == ["同光科技有限公司"]


def test_jianquan_opens_no_name():
    # round 87 (淄博): …配套建设、健全山东大学淄博生物医药研究院服务功能: a verb before the institute (data/words/left_boundaries.txt)
    assert kinds("不断深化公共技术服平台配套建设、健全山东大学淄博生物医药研究院服务功能。", "ResearchInstitute") == [
        "山东大学淄博生物医药研究院"]


def test_a_zones_cluster_is_also_named_by_the_zones_place_alone(tmp_path):
    # round 87 (中关村): 该园区有生物制药、…四个主导产业集群 -> 中关村生物制药产业集群, as the annotators name it
    path = tmp_path / "doc.txt"
    path.write_text("中关村科技园区大兴生物医药产业基地发展迅速，该园区有生物制药、创新化药、现代中药、高端医疗器械四个主导产业集群。\n",
                    encoding="utf-8")
    registry = Registry()
    extract_document(read_document(path), registry)
    cluster = registry.get(("IndustrialCluster", "中关村高新区生物制药产业集群"))
    assert "中关村生物制药产业集群" in cluster.forms


def test_tongshi_and_a_counted_kind_of_company():
    # round 87 (宜昌): …成立一家供应链公司，同时天豪公司在宜昌建设…: a kind of company counted, and 同时 before a name
    text = "天豪公司将与宜昌高新区管委会指定企业（国企）在宜昌成立一家供应链公司，同时天豪公司在宜昌建设高端主板贴片线10条。"
    assert set(kinds(text, "Enterprise")) == {"天豪"}  # (both times: opening the sentence too, since round 159)


def test_a_zones_own_policy_named_in_running_text_without_title_marks(tmp_path):
    # round 88 (郑州): no 《》, but an ending only a document has; the words between must not be the zone's act
    facts = facts_of(tmp_path, "获得认定的龙头企业可享受郑州高新区加快推进高质量发展若干政策支持。")
    assert ("郑州高新技术产业开发区", "implementsPolicy", "郑州高新区加快推进高质量发展若干政策") in facts
    assert ("郑州高新区加快推进高质量发展若干政策", "issuedBy", "郑州高新技术产业开发区") in facts
    assert kinds("2012年4月，昆明高新区建设国家创新型特色园区工作方案获得科技部批复。", "Policy") == [
        "昆明高新区建设国家创新型特色园区工作方案"]
    assert kinds("郑州高新区出台实施方案，支持企业发展。", "Policy") == []


def test_a_universitys_institute_named_with_its_city_before_the_university(tmp_path):
    # round 88 (襄阳): 襄阳湖北工业大学产业技术研究院 is 湖北工业大学's, not a 襄阳湖北工业大学's; 西安电子科技大学 stays itself
    facts = facts_of(tmp_path, "根据协议，襄阳湖北工业大学产业技术研究院将落户襄阳高新区。")
    assert ("襄阳湖北工业大学产业技术研究院", "subOrganizationOf", "湖北工业大学") in facts
    facts = facts_of(tmp_path, "西安电子科技大学广州研究院落户广州高新区。")
    assert ("西安电子科技大学广州研究院", "subOrganizationOf", "西安电子科技大学") in facts


def test_a_place_counting_its_firms_and_there_are_before_a_legal_name():
    # round 88 (仲恺): 惠州共有10家企业入选 counts a place's firms; 入选的企业有惠州市…有限公司: 有 opens no name
    assert kinds("根据《公示》，惠州共有10家企业入选第四批专精特新“小巨人”企业名单。", "Enterprise") == []
    assert kinds("其中，仲恺高新区入选的企业有惠州市盛微电子有限公司、惠州市德钢机械有限公司等5家企业。", "Enterprise") == [
        "惠州市盛微电子有限公司", "惠州市德钢机械有限公司"]


def test_kaishe_opens_a_name():
    # round 88 (襄阳): 推进湖北工业大学在襄阳开设湖工大襄阳分校 (data/words/left_boundaries.txt)
    assert kinds("推进湖北工业大学在襄阳开设湖工大襄阳分校、研究生院。", "ResearchInstitute") == ["湖北工业大学", "湖工大襄阳分校"]


def test_a_groups_unit_named_by_its_park_and_a_brand_in_chinese(tmp_path):
    # round 88 (成都): 中电科航空电子产业园、欧珀运营基地等126个项目: 中电科's unit by its park, OPPO by its Chinese name
    facts = facts_of(tmp_path, "成都高新区重大项目加快建设。京东方OLED生产基地建成，中电科航空电子产业园、欧珀运营基地等126个项目加快建设。")
    assert ("成都高新技术产业开发区", "hostsEnterprise", "中电科航空电子") in facts
    assert ("中电科航空电子", "subOrganizationOf", "中国电子科技集团有限公司") in facts
    assert ("成都高新技术产业开发区", "hostsEnterprise", "OPPO广东移动通信有限公司") in facts
    # a group's seat in a place is the group; 总部 is no part of a unit's name
    assert [m.surface for m in find_mentions("比亚迪常州基地、华为青岛总部等项目。") if m.kind == "Enterprise"] == ["比亚迪", "华为"]


def test_a_short_name_of_a_company_written_before_with_its_business(tmp_path):
    # round 88 (合肥): 赛维太阳能 in a list, then 赛维1600兆瓦太阳能电池项目: one company
    facts = facts_of(tmp_path, "合肥高新区将依托阳光电源、赛维太阳能等骨干企业，重点发展光伏产品。"
                               "其中，赛维1600兆瓦太阳能电池项目于今年8月15日在高新区开工建设。")
    hosted = {o for s, p, o in facts if p == "hostsEnterprise"}
    assert "赛维太阳能" in hosted and "赛维" not in hosted


def test_the_committee_of_a_zones_own_park_names_the_zone(tmp_path):
    # round 88 (中关村): 中关村海淀园管委会 in a list of bodies is the zone's, not a longer name opened by 中关村
    text = "北京市科协、中关村海淀园管委会、海淀区科协日前为中盾控股集团有限公司等3家企业院士专家工作站授牌。"
    assert [m.name for m in find_mentions(text) if m.kind == "Zone"] == ["中关村科技园区"]
    assert ("中关村科技园区", "hostsEnterprise", "中盾控股集团有限公司") in facts_of(tmp_path, text)
    assert [m.kind for m in find_mentions("支持中关村创客小镇、中关村软件园等建设。") if m.kind == "Zone"] == []


def test_universities_and_academies_by_the_short_forms_the_press_writes():
    # round 88 (合肥): 依托中国科学院合肥研究院、中国科大、合肥工大等知名院所高校 (data/org_aliases.csv)
    text = "依托中国科学院合肥研究院、中国科大、合肥工大等知名院所高校，重点发展光伏产品。"
    assert "合肥工业大学" in [m.name for m in find_mentions(text) if m.kind == "ResearchInstitute"]
    # a company named with a university's short form is the company (武汉理工 is no alias)
    assert [m.kind for m in find_mentions("武汉理工氢电科技有限公司获评小巨人企业。")] == ["Enterprise"]


def test_a_zone_no_list_holds_named_with_and_without_its_city_is_one_zone(tmp_path):
    # round 89 (宁乡, upgraded in 2022): 长沙宁乡高新区储能材料产业基地…目前宁乡高新区已建成…: one zone, the fuller name
    facts = facts_of(tmp_path, "长沙宁乡高新区储能材料产业基地是国内极具影响力的特色产业基地。"
                               "目前宁乡高新区已建成面积14平方公里，集聚了比亚迪、邦普循环科技等10余家锂电龙头企业。")
    zones = {s for s, p, o in facts if p == "hostsEnterprise"}
    assert zones == {"宁乡高新技术产业开发区"}  # (data/zones.csv has the zone since session 68: its own name)


def test_xiafa_issues_a_document(tmp_path):
    # round 89 (宁乡): 国务院日前下发“关于同意…的批复”: 下发 is an issuing verb, as 印发 and 出台 are
    facts = facts_of(tmp_path, "记者26日获悉，国务院日前下发“关于同意宁乡高新技术产业园区升级为国家高新技术产业开发区的批复”，"
                               "同意宁乡高新区升级为国家级园区。")
    assert ("关于同意宁乡高新技术产业园区升级为国家高新技术产业开发区的批复", "issuedBy", "国务院") in facts
    # the same verb after a city issuing by itself
    assert [m.extra["issuers"] for m in find_mentions("泸州市下发了《泸州高新区发展规划》。") if m.kind == "Policy"] == [("泸州市",)]


def test_a_firm_named_after_its_zone_by_its_own_brand_is_no_company_the_zone_owns():
    # round 89 (天津滨海): 天津滨海高新区象形科技公司 is 象形科技, in the zone; 黄冈高新区招商服务公司 stays the zone's own
    text = "日前，天津滨海高新区象形科技公司原创手机网络游戏正式上线运营。"
    assert [m.surface for m in find_mentions(text) if m.kind == "Enterprise"] == ["象形科技"]
    assert [m.surface for m in find_mentions("黄冈高新区招商服务公司成立。") if m.kind == "Enterprise"] == ["黄冈高新区招商服务公司"]


def test_people_in_a_list_and_a_giant_before_its_name_are_no_companies():
    # round 89 (成都): 多位专家学者、投资机构和领军企业代表齐聚 lists people; (武汉) 农化巨头富邦股份: 巨头 describes it
    assert kinds("多位专家学者、投资机构和领军企业代表齐聚，共话元宇宙在数字文创领域的应用。", "Enterprise") == []
    assert kinds("在农化巨头富邦股份董事长王仁宗的支持下，成立武汉禾大科技。", "Enterprise") == ["富邦股份", "武汉禾大科技"]


def test_a_place_that_opens_with_a_boundary_word_is_not_cut():
    # round 90 (如皋): 如皋市化合物半导体产业研究所: 如 ("such as") opens the place 如皋, no boundary there
    text = "如皋市化合物半导体产业研究所1700平方米的厂房内，工人们正在分头忙碌。"
    assert kinds(text, "ResearchInstitute") == ["如皋市化合物半导体产业研究所"]


def test_pudong_zhangjiang_names_the_zone_but_not_inside_an_institutes_name():
    # round 90 (张江): 1994年，GE医疗宣布在浦东张江建厂 (data/zones.csv); round 22's 复旦大学上海浦东张江研究院 stays an institute
    assert [m.name for m in find_mentions("随后，浦东张江很快又迎来另一家跨国企业。") if m.kind == "Zone"] == ["上海张江高新技术产业开发区"]
    text = "复旦大学上海浦东张江研究院（马鞍山）落户慈湖高新区。"
    assert [m.surface for m in find_mentions(text) if m.kind == "Zone"] == ["慈湖高新区"]


def test_in_the_list_opens_no_name():
    # round 90 (中关村): 清单中百世诺研制的… ("in the list"); 名单中华为 is 华为 (data/words/left_boundaries.txt)
    assert kinds("中关村管委会表示，清单中百世诺研制的新型冠状病毒核酸检测试剂盒已捐赠。", "Enterprise") == []
    assert kinds("名单中华为、中兴等企业入选。", "Enterprise") == ["华为", "中兴"]


def test_a_known_companys_numbered_institute():
    # round 90 (青岛): 引进中船重工710所: a known company's numbered institute, as 中国电科38所 is a group's
    assert kinds("青岛高新区引进中船重工710所、中科盛创等单位。", "ResearchInstitute") == ["中船重工710所"]


def test_companies_settled_in_another_area_of_the_city_are_not_the_zones(tmp_path):
    # round 91 (郑州): the first clause's firms settle in 郑东新区, the second's in the zone
    text = ("阿里巴巴、华为、浪潮落户郑州市郑东新区，新华三、启明星辰、国信优易落户郑州国家高新技术开发区（简称郑州高新区）。")
    hosted = {o for _, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert not {o for o in hosted if o.startswith(("阿里巴巴", "华为", "浪潮"))}
    assert {o[:3] for o in hosted} >= {"新华三", "启明星"}


def test_a_thing_pointed_at_is_no_brand():
    # round 91 (宜昌): 作为这一新能源项目烧碱组组长: "this new-energy project", no company 这一新能源
    assert kinds("作为这一新能源项目烧碱组组长，郝昭原步履匆忙。", "Enterprise") == []


def test_a_universitys_short_name_inside_a_companys_legal_name():
    # round 91 (光谷): the company named with 华中师大 is one legal name, begun after 分别是
    text = "光谷两家孵化器位列其中，它们分别是武汉华中师大科技园发展有限公司、武汉光谷生物医药孵化器管理有限公司。"
    assert kinds(text, "Enterprise") == ["武汉华中师大科技园发展有限公司", "武汉光谷生物医药孵化器管理有限公司"]
    assert kinds(text, "ResearchInstitute") == []


def test_a_zones_company_written_to_its_legal_form():
    # round 91 (青岛): 青岛高新区创业园管理有限公司 is the zone's company by its whole legal name; round 12's
    # 威海火炬高新区山东洹球药业有限公司 is a firm in the zone, its own name opening with its province
    text = "青岛高新区高投集团旗下子公司运营的两家国家级孵化器青岛高新区创业服务中心和青岛高新区创业园管理有限公司均获得优秀评价。"
    assert "青岛高新区创业园管理有限公司" in kinds(text, "Enterprise")
    assert kinds("威海火炬高新区山东洹球药业有限公司开工。", "Enterprise") == ["山东洹球药业有限公司"]


def test_medicine_ends_a_brand_but_not_a_field_of_work():
    # round 91 (中山, 珠海), round 12 (潍坊): 医药 ends company names listed as projects or doing research;
    # round 88 (泰州) “小分子医药研发”, round 91 万泽珠海医药研发及产业化基地: medicine as a field of work
    assert "康百医药" in kinds("泽辉生物研发产业化基地、康百医药再生医学公共服务平台、万鸿盛等项目纷纷签约落地。", "Enterprise")
    assert kinds("沃华医药研发生产的“脑血疏”被列入国家治疗规范和医保目录。", "Enterprise") == ["沃华医药"]
    assert kinds("包括“小分子医药研发”、“肿瘤靶向制剂治疗”等等。", "Enterprise") == []
    assert "万泽珠海医药" not in kinds("◆投资7.8亿元的万泽珠海医药研发及产业化基地", "Enterprise")


def test_and_before_a_generic_ending_after_a_one_character_word():
    # round 91 (苏州): 建设成为…医疗器械加速器和创新中心: 器和 is no name (碳中和研究院 keeps its 和)
    assert kinds("旨在建设成为长三角地区最具影响力的医疗器械加速器和创新中心。", "ResearchInstitute") == []
    assert kinds("双方共建碳中和研究院。", "ResearchInstitute") == ["碳中和研究院"]


def test_a_national_supercomputing_centre_is_an_institute():
    # round 91 (昆山), round 13 (郑州): data/institutes.csv holds the ten national supercomputing centres
    text = "昆山先进计算产业园依托国家超级计算昆山中心，建设昆山“算力高地·淞湖智园”。"
    assert kinds(text, "ResearchInstitute") == ["国家超级计算昆山中心"]


def test_addressed_to_before_a_known_institute():
    # round 91 (珠海): 在致中国科学院建院70周年贺信中: 致 ("addressed to") is no part of the academy's name
    text = "——习近平总书记在致中国科学院建院70周年贺信中作出的重要指示要求面向世界科技前沿。"
    assert kinds(text, "ResearchInstitute") == ["中国科学院"]


def test_a_scale_before_a_clusters_sector_is_no_part_of_it():
    # round 91 (中山): 带动全市千亿级规模生物医药产业集群: the sector is 生物医药; grades of kind stay (新型纺织材料)
    text = "国家健康基地带动全市千亿级规模生物医药产业集群呼之欲出。"
    assert "千亿级规模生物医药" not in kinds(text, "Industry")
    assert kinds(text, "IndustrialCluster") == ["生物医药产业集群"]


def test_a_universitys_science_park_company_belongs_to_the_university(tmp_path):
    # round 92 (光谷): the companies running three universities' science parks, each under its university
    text = ("武汉东湖高新区国家大学科技园由武汉武大科技园有限公司、武汉华中师大科技园发展有限公司、"
            "武汉理工大科技园股份有限公司共同建设。")
    parents = {(s, o) for s, p, o in facts_of(tmp_path, text) if p == "subOrganizationOf"}
    assert {("武汉武大科技园有限公司", "武汉大学"), ("武汉华中师大科技园发展有限公司", "华中师范大学"),
            ("武汉理工大科技园股份有限公司", "武汉理工大学")} <= parents


def test_a_districts_cluster_and_what_it_holds_are_not_the_zones(tmp_path):
    # round 92 (襄阳): 樊城区's cluster, in a list after the zone's and as a sentence's subject, is the district's
    text = ("湖北省发改委公布产业集群名单，襄阳市高新区新能源与智能网联汽车制造和服务全链条融合产业集群、樊城区航空航天研发制造融合产业集群成功入选。"
            "樊城区航空航天研发制造融合产业集群则依托襄阳航空航天工业园，集聚航宇救生装备、航天42所等骨干企业，"
            "打造覆盖航空电子元器件、机载模组、防护救生等领域的完整产业链。")
    facts = facts_of(tmp_path, text)
    zones = {s for s, p, o in facts if p in ("hasCluster", "hostsEnterprise", "hasIndustry") and "樊城区" not in s}
    # (the list's sector alone stays the zone's: 攀枝花钒钛高新区壮大盐边县钒钛产业 is the zone's sector)
    assert not {(s, p, o) for s, p, o in facts if s in zones and (p in ("hostsEnterprise", "hasCluster") and "航空" in o
                                                                  or o in ("航空电子元器件", "机载模组", "航宇救生装备"))}
    assert any(s.startswith("樊城区") and p == "clusterIndustry" for s, p, o in facts)


def test_customers_within_the_zone_are_hosted(tmp_path):
    # round 92 (南昌): the zone's firm supplies firms 辖区内: they are in the zone too
    text = "南昌高新区引进的江西祥喆精密技术有限公司已成为辖区内华勤、龙旗、美晨等电子信息龙头企业的重要供货商。"
    hosted = {o for _, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert {"华勤", "龙旗", "美晨"} <= {o[:2] for o in hosted}


def test_an_institutes_agreement_partners_are_not_the_zones_firms(tmp_path):
    # round 92 (松山湖): the zone's lab signs with two companies in 韶关; round 14 (合肥) 研究院与科大讯飞公司都坐落于…
    # is "and", and a joint project (研究所与…合作项目) stays the zone's
    text = "成果推介现场会在广东韶关举行，松山湖材料实验室与中金岭南、韶钢集团签署全面战略合作协议。"
    hosted = {o for _, p, o in facts_of(tmp_path, "东莞松山湖高新区：" + text) if p == "hostsEnterprise"}
    assert not {o for o in hosted if "中金岭南" in o or "韶钢" in o}


def test_counted_segments_head_a_list_of_sectors():
    # round 92 (天津): 围绕创新药物、细胞产品、医疗器械及医药服务四大板块: the zone's four segments are sectors
    text = "滨海高新区已围绕创新药物、细胞产品、医疗器械及医药服务四大板块形成了产业“特色名片”。"
    assert {"创新药物", "细胞产品"} <= set(kinds(text, "Industry"))


def test_an_institute_named_before_as_a_company_is_that_company(tmp_path):
    # round 92 (天津): 天津药物研究院有限公司 is named first; 天津药物研究院 later is the same company
    text = ("滨海高新区企业天津药物研究院有限公司日前获批成立天津市细胞技术创新中心。"
            "据了解，天津市细胞技术创新中心由天津药物研究院牵头组建。")
    registry = registry_of(tmp_path, text)
    assert ("ResearchInstitute", "天津药物研究院") not in registry.entities
    assert "天津药物研究院" in registry.get(("Enterprise", "天津药物研究院有限公司")).forms


def test_a_page_naming_its_zone_only_by_its_nickname(tmp_path):
    # round 93 (光谷): the page names 武汉东湖 only as 光谷 (data/zones.csv), its firms are the zone's
    text = ("光谷上市公司上半年表现亮眼。\n上半年，光谷上市公司中有5只股票股价翻倍，人福医药、华工科技、高德红外等企业市值居前。")
    facts = facts_of(tmp_path, text)
    hosted = {o for s, p, o in facts if p == "hostsEnterprise" and s == "武汉东湖新技术开发区"}
    assert all(any(name in o for o in hosted) for name in ("人福医药", "华工科技", "高德红外"))
    # another region's namesake is no nickname of the zone (中山's 湾区光谷)
    other = facts_of(tmp_path, "湾区光谷亮相光博会。\n湾区光谷展区集聚了光大光学等企业。")
    assert not any(s == "武汉东湖新技术开发区" for s, _, _ in other)


def test_firms_at_the_head_of_a_trade_are_no_sectors():
    # round 90 (东湖综保区): 先导稀材、亿纬锂能、京山轻机等行业头部 are firms leading their trade
    text = ("近年来，东湖综保区吸引了一批“高、大、强”的龙头企业，先导稀材、亿纬锂能、京山轻机等行业头部携手光至科技、"
            "赛普斯等众多专精特新“小巨人”企业，有力地提升了综保区产业浓密度。")
    assert kinds(text, "Industry") == []
    assert {"先导稀材", "京山轻机"} <= set(kinds(text, "Enterprise"))


def test_a_subject_said_to_be_a_firm_is_a_company():
    # round 90 (光谷): 京山轻机是一家…企业; a pointer (该公司是一家…) is none
    assert kinds("京山轻机是一家集研发、生产、销售、服务于一体的国际化智能装备制造企业。", "Enterprise") == ["京山轻机"]
    assert kinds("该公司是一家专注于激光装备的高新技术企业。", "Enterprise") == []
    assert kinds("本公司是一家专注于激光装备的高新技术企业。", "Enterprise") == []
    assert kinds("本源量子是一家量子计算企业。", "Enterprise") == ["本源量子"]  # 本 opens names too


def test_a_brand_and_its_legal_name_on_one_page_are_one_company(tmp_path):
    # round 93 (成都): org_aliases.csv keeps 京东方 as its own name; the page names the legal name too
    text = ("成都高新区日前与京东方科技集团股份有限公司就车载显示基地项目投资合作协议达成一致，将共同建设京东方成都车载显示基地。"
            "基地由京东方下属的合肥京东方车载显示技术有限公司共同投资。")
    facts = facts_of(tmp_path, text)
    assert not any(o == "京东方" for _, _, o in facts)
    assert ("合肥京东方车载显示技术有限公司", "subOrganizationOf", "京东方科技集团股份有限公司") in facts


def test_a_chains_links_and_a_pointed_clause_are_no_companies():
    # round 93 (成都): 由上游原材料和零部件…组成的产业链: a link of the chain; 这是成都第6家…上市企业: a clause
    assert kinds("形成由上游原材料和零部件、中游显示面板和模块、下游显示应用组成的产业链。", "Enterprise") == []
    text = "成都极米科技股份有限公司在上海证券交易所敲响了开市锣，这是成都第6家科创板挂牌上市企业。"
    assert kinds(text, "Enterprise") == ["成都极米科技股份有限公司"]


def test_more_of_a_kind_is_no_institute():
    # round 93 (郑州): 吸引更多优秀大学毕业生在区内创新创业: graduates of good universities, no university
    assert kinds("更好地支持高新区发展、吸引更多优秀大学毕业生在区内创新创业。", "ResearchInstitute") == []


def test_a_known_brands_short_name_after_it_on_one_page(tmp_path):
    # round 93 (深圳): 柔宇科技 (data/enterprise_brands.csv), then 柔宇 in a list: one company
    text = ("深圳15家企业入榜，其中柔宇科技和奥比中光两家就是从留创园成长起来的留学生企业。"
            "朗科、柔宇、光峰科技、奥比中光等众多耳熟能详的科技企业最初都孵化于这个园区。")
    registry = registry_of(tmp_path, text)
    assert ("Enterprise", "柔宇") not in registry.entities
    assert "柔宇" in registry.get(("Enterprise", "柔宇科技")).forms


def test_a_list_of_the_zones_parks_names_no_companies():
    # round 93 (中山): 张企科创园、中山留创园、华业智造产业园、海纳智造产业园等…厂房: parks, no firms
    text = ("精心布置的展区内，展示了张企科创园、中山留创园、华业智造产业园、海纳智造产业园等火炬高新区内"
            "最新一批可供企业马上拎包入驻的高标准厂房。")
    assert kinds(text, "Enterprise") == []


def test_a_zones_company_named_after_what_it_is_to_the_zone():
    # round 93 (中山): 火炬高新区区属国企张企集团: the zone's state-owned company is 张企集团
    text = "此次光博会上，以光电产业为主导产业的火炬高新区区属国企张企集团连同中山市光电产业协会组团参展。"
    assert kinds(text, "Enterprise") == ["张企集团"]


def test_like_before_a_list_of_companies():
    # round 93 (济南): 还有像华光光电、邦德激光…等激光装备龙头企业: 像 ("like") opens no name (data/words/left_boundaries.txt)
    names = kinds("也有像中科院理化所济南激光研究院、济南大学等科研院所，还有像华光光电、邦德激光、金威刻、森峰科技等激光装备龙头企业。",
                  "Enterprise")
    assert "华光光电" in names and not any(n.startswith("像") for n in names)


def test_a_company_by_its_listing_or_by_the_kind_of_firm_before_it():
    # round 93 (光谷): 武汉蓝电在北交所顺利上市; (济宁) 链主企业华源热电等5家…企业; a pointer is none
    assert kinds("6月1日，武汉蓝电在北交所顺利上市。", "Enterprise") == ["武汉蓝电"]
    assert kinds("该公司在科创板上市。", "Enterprise") == []
    text = "煤电产业链链主企业华源热电等5家济宁高新区企业与相关领域专家教授进行现场交流。"
    assert kinds(text, "Enterprise") == ["华源热电"]


def test_universities_listed_after_where_people_come_from_are_no_partners(tmp_path):
    # round 93 (深圳): 来自美国哥伦比亚大学、…、新加坡南洋理工大学…等名校的留学生入驻…创业园
    text = ("深圳高新区：今年已有来自美国哥伦比亚大学、英国剑桥大学、新加坡南洋理工大学、瑞典查尔姆斯理工大学等20多所名校的"
            "留学生入驻深圳市留学生创业园。")
    assert not [o for _, p, o in facts_of(tmp_path, text) if p == "partnersWith"]


def test_classmates_university_and_a_partner_firm_are_not_the_zones(tmp_path):
    # round 93 (光谷): 他与斯坦福大学的三个同学一道…创立武汉芯动科技有限公司; …成为三星和美光等国际巨头的核心合作伙伴
    text = ("光谷人才计划资助了他。他与斯坦福大学的三个同学一道，回国创立武汉芯动科技有限公司。"
            "如今这家企业全球首发量产，成为三星和美光等国际巨头的核心合作伙伴。")
    facts = facts_of(tmp_path, "光谷人才。光谷" + text)
    assert not [o for _, p, o in facts if p == "partnersWith" and "斯坦福" in o]
    assert not [o for _, p, o in facts if p == "hostsEnterprise" and ("美光" in o or "三星" in o)]


def test_a_preposition_after_a_particle_and_the_lists_etc_open_and_close_no_name():
    # round 94 (合肥): 诞生了以科大讯飞、国盾量子、华米科技等为代表的知名企业
    text = ("合肥高新区建区27年来，以中科大为代表的在肥高校与高新区携手并进、创新创业，"
            "诞生了以科大讯飞、国盾量子、华米科技等为代表的知名企业。")
    assert kinds(text, "Enterprise") == ["科大讯飞", "国盾量子", "华米科技"]


def test_universities_in_general_are_no_university():
    # round 94 (合肥) 为进一步展现一流大学与一流高科技园区的校城互动; (武汉) 抓住大学、校友、院士: no university named
    assert kinds("为进一步展现一流大学与一流高科技园区的校城互动，合肥高新区管委会编写了一本书。", "ResearchInstitute") == []
    assert kinds("武汉实施“四大资智聚汉”工程，抓住大学、校友、院士，也就抓住了未来经济增长的“牛鼻子”。", "ResearchInstitute") == []


def test_an_ending_alone_after_a_kind_of_firm_is_no_name():
    # round 94 (杭州): 培育和引进了阿里巴巴、华三通信、海康威视一批行业领军企业集团: 集团 names nothing
    text = "高新区（滨江）培育和引进了阿里巴巴、华三通信、海康威视一批行业领军企业集团。"
    assert "集团" not in kinds(text, "Enterprise")


def test_the_fields_a_contests_entries_span_are_not_the_zones(tmp_path):
    # round 94 (合肥): 参赛成果、项目涉及电子信息、先进制造与高端装备制造、…等多种高新技术产业领域
    text = ("合肥高新区举办创业交流大赛。参赛成果、项目涉及电子信息、先进制造与高端装备制造、新能源、节能环保、"
            "移动互联网、文化创意等多种高新技术产业领域。")
    assert not [o for _, p, o in facts_of(tmp_path, text) if p == "hasIndustry"]


def test_a_researchers_team_names_where_it_works_not_a_partner(tmp_path):
    # round 94 (咸宁): 华中科技大学王保存团队、武汉科技大学李维刚团队…获得优秀奖; round 22 (辽阳) 与…清华大学颜永年团队合作 is one
    text = "咸宁高新区举办挑战赛。武汉科技大学李维刚团队、武汉纺织学院万仁卓团队、武汉理工大学陈庚团队获得优秀奖。"
    assert not [o for _, p, o in facts_of(tmp_path, text) if p == "partnersWith"]
    text = "辽阳高新区：该公司与有着“中国3D打印第一人”之称的清华大学颜永年团队合作开发新产品。"
    assert "清华大学" in {o for _, p, o in facts_of(tmp_path, text) if p == "partnersWith"}


def test_a_count_of_firms_holds_no_furniture():
    # round 94 (苏州): 已引进…等六家具有处理危险废物资质专业企业: 六家|具有, no 家具; 家具产业 stays a sector
    assert kinds("已引进华锋化学有限公司等六家具有处理危险废物资质专业企业。", "Industry") == []
    assert kinds("发展家具产业。", "Industry") == ["家具产业"]


def test_the_fields_firms_or_projects_just_named_cover_are_not_the_zones(tmp_path):
    # round 95 (光谷) …等14家企业也签约入驻园区，业务涵盖公共安全、金融支付…; (大连) 入驻项目涉及海洋工程、水下机器人…
    text = ("武汉东湖高新区：普宙科技、中科星图等14家企业也签约入驻园区，业务涵盖公共安全、金融支付、教育服务、绿色能源等多个应用领域。"
            "大连高新区与大连海事大学联合共建创新创业基地，入驻项目涉及海洋工程、水下机器人、工业检测等多个领域。")
    assert not [o for _, p, o in facts_of(tmp_path, text) if p == "hasIndustry"]


def test_building_opens_no_clusters_name():
    # round 95 (厦门): 合力形成…产业链发展生态，构建新能源汽车产业集群: 构建 is the verb (data/words/left_boundaries.txt)
    text = "合力形成厦门新能源汽车产业链发展生态，构建新能源汽车产业集群。"
    assert kinds(text, "IndustrialCluster") == ["新能源汽车产业集群"]


def test_an_institutes_other_name_by_number_a_verb_before_it_and_a_pointer():
    # round 95 (烟台) …研究院（中国航天513所）: its other name; (济南) 强化山东航天…研究院; (成都) 将成为该公司…
    text = "烟台高新区管委与山东航天电子技术研究院（中国航天513所）签署共建卫星互联网应用产业园合作协议。"
    assert kinds(text, "ResearchInstitute")[0] == "山东航天电子技术研究院"
    text = "强化山东航天人工智能安全芯片研究院、山东产业技术研究院等新型研发机构创新引领作用。"
    assert kinds(text, "ResearchInstitute")[0] == "山东航天人工智能安全芯片研究院"
    assert kinds("共享服务中心将成为该公司面向北亚及亚太地区的综合共享服务中心。", "Enterprise") == []


def test_a_researcher_named_with_the_body_he_works_at_is_no_partnership(tmp_path):
    # round 95 (郑州): 中原研究院数字冷链物流研究中心吴迪教授，环境与资源学院周炼清副研究员…分别介绍了…
    text = ("郑州高新区在浙江大学举办对接会。会上，数字冷链物流研究中心吴迪教授，环境与资源学院周炼清副研究员，"
            "交通物联技术与装备研究中心金盛副教授分别介绍了科技成果。")
    partners = {o for _, p, o in facts_of(tmp_path, text) if p == "partnersWith"}
    assert not partners & {"数字冷链物流研究中心", "环境与资源学院", "交通物联技术与装备研究中心"}


def test_a_known_chinese_brand_without_a_legal_name_joins_the_one_on_the_page(tmp_path):
    # round 95 (秀洲): 国星宇航 (enterprise_brands.csv, no legal name) after 成都国星宇航科技股份有限公司: one company;
    # round 90 (张江): 罗氏, a foreign brand, is no 上海罗氏制药有限公司 (its subsidiary)
    def companies(text):
        return {name for kind, name in registry_of(tmp_path, text).entities if kind == "Enterprise"}
    assert companies("秀洲区国星宇航“金星”卫星基地项目签约。成都国星宇航科技股份有限公司董事长陆川出席仪式。") == {
        "成都国星宇航科技股份有限公司"}
    assert "罗氏" in companies("30年前成立的上海罗氏制药有限公司是浦东首家企业。30年前，罗氏带着创新的基因来到中国。")


def test_a_new_town_names_no_investor():
    # round 95 (海口): 美安科技新城新能源车研发生产高新技术项目: 美安科技新城 is a new town, no company
    text = ("此次开工的7个项目分别为长江润发海灵药业研发生产基地项目、美安科技新城新能源车研发生产高新技术项目、"
            "海南苏生生物科技有限公司医疗器械项目。")
    assert "美安科技" not in kinds(text, "Enterprise")


def test_a_neighbour_by_its_side_opens_no_institutes_name():
    # round 96 (合肥): 新校区北邻中国科大先进技术研究院，西接中科院量子信息与量子科技创新研究院 (data/words/left_boundaries.txt)
    text = "高新园区北邻中国科大先进技术研究院，西接中科院量子信息与量子科技创新研究院。"
    assert not [n for n in kinds(text, "ResearchInstitute") if n.startswith(("北邻", "西接"))]


def test_a_zone_a_firms_growth_owes_is_its_zone_not_a_counterpart(tmp_path):
    # round 96 (烟台): the page names its zone once, in …与烟台高新区…的贴心服务密不可分; its bare 高新区 are that zone
    text = ("烟台世宗医疗器械有限公司是中韩（烟台）产业园高新区片区里的代表韩资企业。\n"
            "公司已经带领下游供应商韩国科玛和得皓齿、麦纳提等三家公司一同来高新区发展。\n"
            "在副总经理李东奇看来，艾多美项目能够快速发展，与烟台高新区特别是中韩产业园管理服务中心的贴心服务密不可分。")
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert {"烟台世宗医疗器械有限公司", "得皓齿", "麦纳提"} <= hosted


def test_places_and_how_many_firms_each_has_name_none():
    # round 96 (荆门): 天津、上海各有一家企业已签征地合同: two places, a firm each, no names
    assert kinds("此外，天津、上海各有一家企业已签征地合同，分别拟建汽车冲压件和座椅骨架总成项目。", "Enterprise") == []


def test_equipment_listed_as_such_is_no_brand():
    # round 96 (鄂尔多斯): 配备AGV无人运输系统、智能分梳机器人等先进设备: machines, no company
    text = "建设羊绒一体化智能成衣工厂，配备AGV无人运输系统、智能分梳机器人等先进设备。"
    assert kinds(text, "Enterprise") == []


def test_where_a_founder_studied_or_taught_is_no_partner(tmp_path):
    # round 97 (西安): 1988年获得西北大学化学工程学士学位; 1988年留校任教西北大学化工系 (获得, 任教: left boundaries)
    text = ("西安高新区草堂基地集聚了巨子生物。她1988年获得西北大学化学工程学士学位后继续深造。"
            "他1988年留校任教西北大学化工系，与范代娣在科研合作中结缘。")
    assert not [n for n in kinds(text, "ResearchInstitute") if n.startswith(("获得", "留校"))]
    assert not [o for _, p, o in facts_of(tmp_path, text) if p == "partnersWith"]


def test_or_between_kinds_of_centre_names_none():
    # round 97 (成都): 设立了全球交付中心、共享服务中心或研发中心; round 12 (烟台) …分所或专业实验室: kinds, no names
    text = "近50家跨国集团企业在成都设立了全球交付中心、共享服务中心或研发中心。"
    assert kinds(text, "ResearchInstitute") == []


def test_a_list_opened_by_you_after_representative_firms_keeps_its_first_name():
    # round 93 (中关村): 园区代表企业有博奥生物、扬子江海燕药业、万泰生物…等 (the 有 opening the list, not 有限公司)
    text = "成为专业园区，园区代表企业有博奥生物、扬子江海燕药业、万泰生物、诺和诺德、保诺科技等。"
    assert "博奥生物" in kinds(text, "Enterprise")
    text = "目前，已引进同和资源综合利用有限公司、华锋化学有限公司、中环友缘化学有限公司等企业。"
    assert "限公司" not in kinds(text, "Enterprise")


def test_projects_listed_a_clause_each_name_their_investors():
    # round 96 (荆门): 精诚工科热冲压项目，曼德公司汽车车灯、空调、线束项目，诺博汽车内外饰、座椅、橡胶件项目……
    text = "湖北日报讯（记者李剑军）精诚工科热冲压项目，曼德公司汽车车灯、空调、线束项目，诺博汽车内外饰、座椅、橡胶件项目……"
    assert "诺博汽车" in kinds(text, "Enterprise")
    # round 30 (泰州, 肇庆): clauses saying what a project is are no list of projects
    text = "其中，瑞科生物新冠疫苗产业化项目，是省内首家启动的重组新冠疫苗研发、产业化项目，该项目由瑞科生物开发。"
    assert "重组新冠" not in kinds(text, "Enterprise")
    text = "这些项目中，既有补全产业链条的关键配套项目，也有布局新兴赛道的前瞻型项目，与园区产业规划高度契合。"
    assert kinds(text, "Enterprise") == []


def test_a_firm_named_short_first_and_with_its_place_later_is_one(tmp_path):
    # round 13 (漳州): …萨至德光电科技…项目，骆华生物华南地区总部…项目。…苏州骆华生物、惠州萨至德科技等6家…企业
    text = ("漳州城投集团现场签约项目3个，分别为漳州新能源汽车循环经济产业园项目，萨至德光电科技10-800G光模块项目，"
            "骆华生物华南地区总部、全国制造中心项目。9月4日下午举办生物医药专场，苏州骆华生物、惠州萨至德科技等6家企业现场登台路演。")
    companies = {e.name: e for e in registry_of(tmp_path, text).named_in("doc.txt") if e.kind == "Enterprise"}
    assert "苏州骆华生物" in companies["骆华生物"].forms and "惠州萨至德科技" in companies["萨至德"].forms


def test_a_place_in_the_clause_before_names_no_zone():
    # round 98 (贵阳): 他2017年来到贵阳，负责高新区大数据产业的培育
    text = "如贵阳高新区管委会副主任张宇，他2017年来到贵阳，负责高新区大数据产业的培育。"
    assert kinds(text, "Zone") == ["贵阳高新区"]


def test_the_kind_of_body_a_list_is_of_opens_no_name():
    # round 98 (深圳): 入驻的科研平台有深圳清华大学研究院…; 已为华为、…提供; a legal name holding 平台有 stays whole
    assert kinds("目前已经入驻的科研平台有深圳清华大学研究院、深圳湾实验室等。", "ResearchInstitute")[0] == "深圳清华大学研究院"
    text = "已为华为、中科院先进技术研究院、市交通中心等10家企业单位提供自动驾驶测试服务。"
    assert kinds(text, "Enterprise") == ["华为"]  # (市交通中心: the city's own body)
    assert kinds("深圳市智慧交通服务平台有限公司落户高新区。", "Enterprise") == ["深圳市智慧交通服务平台有限公司"]


def test_products_after_a_named_investor_are_no_company():
    # round 98 (临沂): 台州德仕乐投资14亿元的智能水表产业园项目; (宝鸡) 又有年产35000辆…项目; (佛山) 美的微波炉佛山顺德工厂
    text = "包括天元集团投资20亿元的绿色产业园项目、台州德仕乐投资14亿元的智能水表产业园项目、江苏润东投资7.05亿元的现代智慧物流园项目等。"
    assert "智能水表" not in kinds(text, "Enterprise")
    assert "韩国美科电子" in kinds("此外，还新签约了总投资5000万美元的韩国美科电子半导体设备再生制造项目等。", "Enterprise")
    assert "又有" not in kinds("丝博会上，又有年产35000辆专用车辆生产基地项目签约。", "Enterprise")
    assert kinds("美的微波炉佛山顺德工厂入选，成为佛山市第一家灯塔工厂。", "Enterprise") in ([], ["美的"])


def test_the_unicom_company_keeps_its_china_united_opening():
    # round 98 (长沙): 中国联合网络通信有限公司长沙市分公司 (联合, "jointly", is the name's here)
    text = "长沙高新区与中国联合网络通信有限公司长沙市分公司签订合作框架协议。"
    assert kinds(text, "Enterprise") == ["中国联合网络通信有限公司长沙市分公司"]


def test_a_groups_short_name_acting_alone_is_the_group():
    # round 98 (贵阳): 贵阳高新区和华为签约; a unit (华为终端) and a list stay as they were
    assert "华为" in kinds("2017年11月，贵阳高新区和华为签约，双方将共同打造“华为软件开发云服务”。", "Enterprise")
    assert "百度" in kinds("百度在贵阳设立研发中心。", "Enterprise")
    assert "华为" in kinds("目前已有超46个深圳项目落户珠海高新区；其中华为率先布局智慧视觉创新示范城。", "Enterprise")  # round 99
    assert kinds("成功引进华为终端。", "Enterprise") == ["华为终端"]


def test_a_towns_cluster_in_a_list_is_the_towns(tmp_path):
    # round 99 (中山): 中山共有火炬高新区健康医药与医疗器械产业集群、东凤镇数智家电产业集群、沙溪镇休闲服装产业集群等…入选
    # (火炬高新区, a form two zones share, is the zone the page names; the towns' clusters and sectors are theirs)
    text = ("中山火炬高新区召开大会。其中，中山共有火炬高新区健康医药与医疗器械产业集群、东凤镇数智家电产业集群、"
            "沙溪镇休闲服装产业集群等3个特色产业集群入选。")
    facts = facts_of(tmp_path, text)
    zones = {s for s, p, o in facts if p in ("hasCluster", "hasIndustry")}
    assert zones == {"中山火炬高技术产业开发区"}
    assert ("东凤镇数智家电产业集群", "clusterIndustry", "数智家电") in facts
    assert not {o for s, p, o in facts if p == "hasIndustry"} & {"数智家电", "休闲服装"}


def test_what_visitors_did_is_no_stop_of_their_visit():
    # round 99 (咸阳): 考察团成员边看边学、边思边议; 通过观摩进一步开拓了视野、学到了经验
    assert kinds("活动中，考察团成员边看边学、边思边议，对比自身差距不足。", "Enterprise") == []
    assert kinds("大家纷纷表示，通过观摩进一步开拓了视野、学到了经验。", "Enterprise") == []


def test_a_universitys_lab_with_a_firm_is_named_by_both():
    # round 99 (珠海): 已推动建设中山大学与航宇微科技宇航SoC芯片联合实验室、北理工与云洲智能多域智能无人系统实验室等
    text = "已推动建设中山大学与航宇微科技宇航SoC芯片联合实验室、北理工与云洲智能多域智能无人系统实验室等5家校企联合实验室。"
    assert kinds(text, "ResearchInstitute") == ["中山大学与航宇微科技宇航SoC芯片联合实验室", "北理工与云洲智能多域智能无人系统实验室"]
    assert kinds("浙江大学与华为共建联合实验室。", "ResearchInstitute")[0] == "浙江大学"


def test_a_universitys_short_name_opening_a_known_company_is_the_company():
    # round 99 (芜湖): 西电芜湖研究院 is 西安电子科技大学's; 西电集团 (round 29, 西安), 南大光电, 浙大网新 are companies
    assert "西电集团" in kinds("西电集团大厦等一批重点招商项目正在积极跟进洽谈。", "Enterprise")
    assert kinds("南大光电落户高新区。", "ResearchInstitute") == []
    assert kinds("浙大网新落户高新区。", "Enterprise") == ["浙大网新"]
    assert kinds("南大在苏州设立研究院。", "ResearchInstitute") == ["南大"]


def test_xidians_institute_belongs_to_xidian(tmp_path):
    text = "7月19日，芜湖高新区党工委书记赴西电芜湖研究院等地督导调研。"
    assert ("西安电子科技大学芜湖研究院", "subOrganizationOf", "西安电子科技大学") in facts_of(tmp_path, text)


def test_what_a_project_does_ends_its_investors_name():
    # round 100 (成都, 苏州): 扩产, 增资, 在华, 财务共享 end an investor's name
    text = "包括英特尔骏马项目、宇芯生产线改造和三期新厂建设项目、芯源系统（MPS）增资和研发中心项目、莫仕扩产项目等。"
    assert {"宇芯", "芯源系统", "莫仕"} <= set(kinds(text, "Enterprise")) and "莫仕扩产" not in kinds(text, "Enterprise")
    text = "松下财务共享中心、日本电波在华综合型总部、科玛化妆品研发总部、松下机电研发销售总部等5个功能性项目签约。"
    assert not {"松下财务共享中心", "电波在华"} & set(kinds(text, "Enterprise"))


def test_name_edges_of_round_100():
    # 已投资千智机器人、华康恒建…; 项目失败则按股份比例…; …、高新区强强合作共建…; 以成都高新综保区为核心区域
    assert kinds("目前已投资千智机器人、华康恒建、正芯微超纯高阻硅X光探测器等5个高科技项目。", "Enterprise")[0] == "千智机器人"
    assert kinds("项目失败则按股份比例共同承担损失。", "Enterprise") == []
    assert kinds("省产业研究院、南工大、高新区强强合作共建南京工大高新生物技术研究所。", "Enterprise") == []
    assert kinds("以成都高新综保区为核心区域，聚焦“一芯一屏”主导产业。", "Enterprise") == []


def test_praise_before_a_sector_is_no_part_of_it():
    # round 100 (昆山): 共同构建强大的数字经济产业矩阵
    assert kinds("昆山全球数字创新港规划发布，共同构建强大的数字经济产业矩阵。", "Industry") == ["数字经济产业"]


def test_name_edges_of_round_101():
    # 期待湖南师范大学…; 表示产投集团…; 仅绿森数码有限公司…; 国家电投下属公司中国电力国际有限公司; 中国能源建设集团华东建设投资有限公司
    assert kinds("刘勇会表示，期待湖南师范大学充分发挥智力优势。", "ResearchInstitute") == ["湖南师范大学"]
    assert kinds("他表示产投集团将继续支持。", "Enterprise") == ["产投集团"]
    assert kinds("目前仅绿森数码有限公司一家入驻。", "Enterprise") == ["绿森数码有限公司"]
    assert kinds("由国家电投下属公司中国电力国际有限公司投资建设。", "Enterprise")[-1] == "中国电力国际有限公司"
    text = "镇江高新区管委会与中国能源建设集团华东建设投资有限公司签约。"
    assert kinds(text, "Enterprise") == ["中国能源建设集团华东建设投资有限公司"]
    # ministries acting together are no companies; a title's words are no investor
    assert kinds("今年8月，商务部、农业部联合发布了《关于深化农商协作大力发展农产品电子商务的通知》。", "Enterprise") == []


def test_a_companys_legal_name_is_not_rewritten_by_a_universitys_short_name(tmp_path):
    # round 101 (济宁): 山东科大机电科技股份有限公司 is no 山东科技大学机电科技股份有限公司 under the university
    text = "济宁高新区这4家单位分别是山推工程机械股份有限公司、山东科大机电科技股份有限公司。"
    facts = facts_of(tmp_path, text)
    assert ("济宁高新技术产业开发区", "hostsEnterprise", "山东科大机电科技股份有限公司") in facts
    assert not [f for f in facts if f[1] == "subOrganizationOf"]


def test_an_academys_institute_by_its_full_words_and_suo():
    # round 101 (东湖): 首批建设的六个项目分属武汉岩土力学所、…、武汉病毒所 (中国科学院武汉岩土力学研究所)
    found = find_mentions("首批建设的六个项目分属武汉岩土力学所、武汉病毒所、合肥物质科学研究院。")
    assert [m.name for m in found if m.kind == "ResearchInstitute"][0] == "中国科学院武汉岩土力学研究所"


def test_firms_listed_together_on_a_market_are_firms():
    # round 101 (岳阳临港): …；哈工智能制造、哈工三维、哈工圣尧在湖南股交所上市
    text = "13家成功申报高新技术企业；哈工智能制造、哈工三维、哈工圣尧在湖南股交所上市。"
    assert kinds(text, "Enterprise") == ["哈工智能制造", "哈工三维", "哈工圣尧"]


def test_a_list_of_farming_sectors_is_of_sectors(tmp_path):
    # round 102 (南京农高区): 智慧农业、生物育种、农产品深加工等高科技成果不断转化落地 (农业's 业 is no sector word to strip)
    facts = facts_of(tmp_path, "踏入南京高新区，智慧农业、生物育种、农产品深加工等高科技成果不断转化落地。")
    assert {o for s, p, o in facts if p == "hasIndustry"} >= {"智慧农业", "生物育种"}


def test_flavours_and_fragrances_are_a_sector():
    # round 102 (乌鲁木齐): …重点发展…、植物化妆品、香料香精产业等
    text = "乌鲁木齐高新区管委会重点发展植物提取物功能性食品及添加剂产业、植物化妆品、香料香精产业等。"
    assert "香料香精产业" in kinds(text, "Industry")


def test_name_edges_of_round_102():
    # 东盛集团原是一家…企业; 从而使公司…; 辞掉国外工作…在国外公司; 就职中科院新疆理化技术研究所; 海归硕士贾秀清的…项目
    assert kinds("东盛集团原是一家土生土长于西安的民营科技企业。", "Enterprise") == ["东盛集团"]
    assert kinds("该公司力邀陈涛博士加盟，从而使公司在该领域的应用研究达到国际先进水平。", "Enterprise") == []
    assert kinds("看到自己在国外公司研发的产品被高利润卖到中国。", "Enterprise") == []
    assert kinds("来到乌鲁木齐高新区生物医药创新创业园，就职中科院新疆理化技术研究所。", "ResearchInstitute") == ["中科院新疆理化技术研究所"]
    text = "海归硕士贾秀清的1000万只聚合物理电池的生产项目、留学荷兰的那顺吉博士的除尘系统及其专用设备、粉尘回收与利用等一批高新技术产业化项目都已提出购地申请。"
    assert kinds(text, "Enterprise") == []


def test_baotous_zone_as_its_pages_write_it(tmp_path):
    # round 102 (包头): 包头市稀土开发区累计吸引了…; 南农大动物医学研发中心 is 南京农业大学's
    assert [m.name for m in find_mentions("包头市稀土开发区在孵留学人员企业达到136家。") if m.kind == "Zone"] == ["包头稀土高新技术产业开发区"]
    facts = facts_of(tmp_path, "南京高新区：南农大动物医学研发中心等科技创新项目纷至沓来。")
    assert ("南京农业大学动物医学研发中心", "subOrganizationOf", "南京农业大学") in facts


def test_name_edges_of_round_103():
    # 一行到访北京大学成都…研究院; 北大-清华生命科学联合中心; 记者丁云; 保定市高新区中航惠腾公司
    text = "6月17日，北大-清华生命科学联合中心PI魏文胜一行到访北京大学成都前沿交叉生物技术研究院。"
    assert kinds(text, "ResearchInstitute") == ["北大-清华生命科学联合中心", "北京大学成都前沿交叉生物技术研究院"]
    assert kinds("记者丁云", "Enterprise") == []
    assert kinds("在保定市高新区中航惠腾公司周围，许多家科技型中小企业展开研究。", "Enterprise") == ["中航惠腾"]


def test_kinds_of_a_product_are_no_brands():
    # round 104 (珠海): 双方将重点围绕分布式光伏、户用光伏、集中式光伏三大类型光伏发电项目
    assert kinds("双方将重点围绕分布式光伏、户用光伏、集中式光伏三大类型光伏发电项目。", "Enterprise") == []
    assert "医用新材料" in kinds("威海火炬高新区重点发展医用新材料、医疗器械等产业。", "Industry")  # round 93 (威海)


def test_companies_in_a_roll_of_people_and_titles_are_not_hosted(tmp_path):
    # round 94 (成都): the alumni associations' heads, each by company and title, are no firms of the zone
    text = ("成都高新区讯，电子科技大学校友会成立。四川创意信息技术股份有限公司董事长陆文斌担任互联网及软件行业校友会会长，"
            "北京思特奇信息技术股份有限公司董事长吴飞舟出任通信及网络行业校友会会长。")
    assert not [f for f in facts_of(tmp_path, text) if f[1] == "hostsEnterprise"]
    # one head, of a firm the sentence places in the zone, leaves it hosted
    text = "成都高新区讯，位于高新区的成都极米科技股份有限公司董事长钟波介绍了新品。"
    assert ("成都高新技术产业开发区", "hostsEnterprise", "成都极米科技股份有限公司") in facts_of(tmp_path, text)


def test_a_units_parent_and_a_firm_of_another_place_are_not_hosted(tmp_path):
    # round 89 (东湖): 中国农业发展集团旗下的湖北省种子集团、隆平高科旗下湖北惠民种业: the units, not their parents
    text = "东湖高新区集聚种业企业，包括中国农业发展集团旗下的湖北省种子集团、全国种业排名第一隆平高科旗下湖北惠民种业等。"
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert not hosted & {"中国农业发展集团", "隆平高科"}
    # round 93 (济宁): 在位于宁波市余姚市的智昌科技集团有限公司; round 88 (东湖): 武汉经开区的武汉理工氢电科技有限公司
    text = "济宁高新区党工委书记刘伟宏在位于宁波市余姚市的智昌科技集团有限公司向企业负责人介绍了济宁高新区的发展优势。"
    assert not [f for f in facts_of(tmp_path, text) if f[1] == "hostsEnterprise"]
    text = "东湖高新区的武汉高芯科技有限公司黄立，武汉经开区的武汉理工氢电科技有限公司潘牧获评年度高人。"
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert "武汉理工氢电科技有限公司" not in hosted and "武汉高芯科技有限公司" in hosted
    # units not named leave the group the one the text places: 中航工业旗下多家工业企业聚集园区
    text = "德阳高新区内有星耀航空等通航营运企业，中航工业旗下多家工业企业聚集园区。"
    assert "中国航空工业集团有限公司" in {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}


def test_the_customer_a_first_tier_supplier_serves_is_not_hosted(tmp_path):
    # round 104 (肇庆): 包括小鹏汽车一级供应商江苏博俊工业科技股份有限公司投资的博俊汽车零部件生产项目
    text = "肇庆高新区签约项目包括小鹏汽车一级供应商江苏博俊工业科技股份有限公司投资的博俊汽车零部件生产项目。"
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert "小鹏汽车" not in hosted and "江苏博俊工业科技股份有限公司" in hosted


def test_a_builder_and_a_predecessor_are_not_hosted(tmp_path):
    # round 96 (鄂尔多斯): 由高新区国有企业…投资运营，中铁上海工程局集团有限公司承建; round 100 (昆山): 其前身惠普（HP）公司
    text = "鄂尔多斯高新区示范园一期工程由鄂尔多斯市轻纺产业发展有限责任公司投资运营，中铁上海工程局集团有限公司承建。"
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert "中铁上海工程局集团有限公司" not in hosted and "鄂尔多斯市轻纺产业发展有限责任公司" in hosted
    text = "昆山高新区HPE公司是全球第三大独立端到端IT服务公司，其前身惠普公司成立于1939年。"
    assert "惠普" not in {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}


def test_where_a_person_studied_or_worked_or_a_firm_sprang_from_is_no_partner(tmp_path):
    # round 89 (东湖): 刚刚从武汉大学毕业的李阳创立了伯远生物; round 98 (贵阳): 一直在中国电子科技集团公司第十五研究所工作;
    # round 93 (合肥): 国盾量子发源于中国科学技术大学; round 101 (温州): （中国电子商务研究中心讯）
    for text in ("东湖高新区讯，2011年，刚刚从武汉大学毕业的李阳创立了伯远生物。",
                 "贵阳高新区管委会副主任张宇在这之前一直在中国电子科技集团公司第十五研究所工作。",
                 "合肥高新区的科大国盾量子技术股份有限公司发源于中国科学技术大学。",
                 "（中国电子商务研究中心讯）温州高新区蓝江软件园的电商企业感受到电子商务的巨大潜力。",
                 # round 117 (东湖): 从华中科技大学辞职下海, 是中南财经政法大学毕业生; round 116 (中山): 哈佛大学医学院归国学者
                 "东湖高新区企业中，四方光电董事长熊友辉从华中科技大学辞职下海，福禄控股董事长符熙是中南财经政法大学毕业生。",
                 "中山火炬开发区的泛恩生物由哈佛大学医学院归国学者周鹏辉博士创立。",
                 # round 113 (武进): a speaker by his post in the institute's department
                 "在武进高新区海智对接交流会上，长三角国家技术创新中心信息技术事业部副主任张赟先生作主旨演讲。"):
        assert not [f for f in facts_of(tmp_path, text) if f[1] == "partnersWith"], text


def test_a_contest_winner_and_a_companys_signing_partner_are_no_partners(tmp_path):
    # round 103 (威海): 西北工业大学“…复合材料的制备与性能”项目获得特等奖; round 102 (苏州): 南京大学与中国建材集团签署…协议
    for text in ("威海火炬高新区主办的大赛中，西北工业大学“环氧树脂导热绝缘层压复合材料的制备与性能”项目获得特等奖。",
                 "苏州高新区活动当天，南京大学与中国建材集团签署战略合作协议。"):
        assert not [f for f in facts_of(tmp_path, text) if f[1] == "partnersWith"], text


def test_a_testing_institute_and_its_branch_are_institutes(tmp_path):
    # rounds 100 and 101 (苏州): 江苏省医疗器械检验所苏州分所; round 15 (松山湖): 广东省医疗器械质量监督检验所…实验室
    text = "苏州高新区医疗器械产业园引进了江苏省医疗器械检验所苏州分所。"
    assert kinds(text, "ResearchInstitute") == ["江苏省医疗器械检验所苏州分所"]
    facts = facts_of(tmp_path, text)
    assert ("江苏省医疗器械检验所苏州分所", "subOrganizationOf", "江苏省医疗器械检验所") in facts


def test_units_listed_by_their_numbers_are_institutes_and_factories():
    # round 88 (青岛): 中船重工集团将带动710所、714所、…、602院、北海船厂、388厂、481厂等单位在青岛高新区设立分所
    text = "中船重工集团将带动710所、714所、716所、719所、725所、602院、北海船厂、388厂、481厂等单位在青岛高新区设立分所。"
    assert kinds(text, "ResearchInstitute") == ["710所", "714所", "716所", "719所", "725所", "602院"]
    assert {"北海船厂", "388厂", "481厂"} <= set(kinds(text, "Enterprise"))
    assert kinds("全省共有120所高校、35所科研院所。", "ResearchInstitute") == []  # counts, not names


def test_a_universitys_full_name_known_by_its_alias_is_found_before_its_park():
    # round 89 (东湖): 到2024年10月华中师范大学科技园、光谷创新企业协会新站启航 (华中师大 is the alias table's)
    assert kinds("到2024年10月华中师范大学科技园、光谷创新企业协会新站启航。", "ResearchInstitute") == ["华中师范大学"]
    # round 101 (益阳): 马铁泉湖南师范大学新闻网 — the reporter's name stays out of the university's
    assert kinds("2025-03-11马铁泉湖南师范大学新闻网", "ResearchInstitute") == ["湖南师范大学"]


def test_a_universitys_team_settling_in_the_zone_makes_it_a_partner(tmp_path):
    # round 100 (东湖): 活动现场，武汉大学舒红兵院士团队签约落户，与武汉生物技术研究院共建…中心
    text = "东湖高新区活动现场，武汉大学舒红兵院士团队签约落户，与武汉生物技术研究院共建细胞与基因治疗技术创新中心。"
    assert ("武汉东湖新技术开发区", "partnersWith", "武汉大学") in facts_of(tmp_path, text)


def test_a_list_of_companies_each_with_its_gongsi_names_them_all():
    # round 98 (宜昌): 宜昌高新区在北京与联邦电缆公司、德国斯凯特机械公司、瑞士布斯公司签约
    text = "3月上旬，宜昌高新区在北京与联邦电缆公司、德国斯凯特机械公司、瑞士布斯公司签约，投资20.2亿元。"
    assert kinds(text, "Enterprise") == ["联邦电缆", "德国斯凯特机械", "瑞士布斯"]
    assert kinds("全区有上市公司、国有公司、民营公司、科技公司、投资公司等各类企业。", "Enterprise") == []


def test_a_banks_branch_belongs_to_the_bank(tmp_path):
    # round 97 (无锡): 国家开发银行江苏省分行 (a bank's 分行 or 支行 in a place, as a company's 分公司)
    facts = facts_of(tmp_path, "无锡高新区与国家开发银行江苏省分行签署科技创新战略合作协议。")
    assert ("国家开发银行江苏省分行", "subOrganizationOf", "国家开发银行") in facts


def test_a_founder_a_supplier_and_a_roll_witnessing_a_signing_are_not_hosted(tmp_path):
    # round 13 (延吉): 卡森（吉林）…有限公司由山东卡森细胞治疗工程技术有限公司投资成立; round 19 (平顶山): …由中国平煤神马集团提供
    text = "延吉高新区的卡森（吉林）细胞资源库管理有限公司由山东卡森细胞治疗工程技术有限公司投资成立。"
    assert "山东卡森细胞治疗工程技术有限公司" not in {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    text = "平顶山高新区的该公司核心原料如PA6、PA66由中国平煤神马集团提供。"
    assert "中国平煤神马集团" not in {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    # round 102 (安康): …有限公司总裁、…有限公司董事长应佳伟，…股份有限公司董事长向东出席签约仪式
    text = ("安康高新区党工委书记黄勇主持签约仪式，杭州亿脑创新工场有限公司总裁、深圳骑客智能科技有限公司董事长应佳伟，"
            "深圳市雷恒科技股份有限公司董事长向东出席签约仪式。")
    assert "深圳市雷恒科技股份有限公司" not in {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}


def test_a_firm_signing_with_another_areas_committee_is_that_areas(tmp_path):
    # round 27 (淮南): 寿县经开区管委会与安徽蔚众…、凤台县政府与…、淮南经开区管委会与…、淮南高新区管委会与无锡天堃…分别进行了项目签约
    text = ("淮南高新区讯，寿县经开区管委会与安徽蔚众汽车零部件有限公司、淮南经开区管委会与安徽九曜智能科技有限公司、"
            "淮南高新区管委会与无锡天堃光电科技有限公司分别进行了项目签约。")
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert "无锡天堃光电科技有限公司" in hosted and not hosted & {"安徽蔚众汽车零部件有限公司", "安徽九曜智能科技有限公司"}


def test_a_project_lists_clause_a_sectors_park_and_public_works_name_no_investor():
    # round 95 (桂林): 此次集中开工的项目有…: the list's reach began inside 集中; 增材制造产业园项目: the sector's park
    text = ("此次集中开工的项目有桂林国家高新区航空轮胎产业基地项目、桂林航空航天产业园（一期）项目、金盘科技桂林数字化转型项目、"
            "增材制造产业园项目、洁伶智能化生产车间仓储基地项目。")
    found = kinds(text, "Enterprise")
    assert "洁伶" in found and not {"中开工", "增材"} & set(found)
    # round 95 (海口): 狮子岭一期东片区基础设施工程项目: a place's public works; not a plant's 配套基础设施
    text = ("分别为长江润发海灵药业研发生产基地项目、海南爱科制药有限公司1号仓库GMP改造项目、狮子岭一期东片区基础设施工程项目、"
            "海南赞邦制药有限公司厂房项目。")
    assert "狮子岭" not in kinds(text, "Enterprise")
    text = "目前包含总投资120亿元的海创尚纬新能源西南制造基地首期4万吨负极材料暨配套基础设施项目，总投资50亿元的协鑫年产10万吨项目。"
    assert "海创尚纬" in kinds(text, "Enterprise")


def test_the_first_one_is_no_furniture():
    # round 92 (珠海): 打造华南地区首家具备…能力的专业测试基地: 首家 counts, 家具 is no sector here
    assert kinds("打造华南地区首家具备公共属性无人机17项国家标准检测能力的专业测试基地。", "Industry") == ["无人机"]


def test_a_sector_naming_a_panel_or_an_alumni_body_is_not_the_zones(tmp_path):
    # round 91 (西安): …中国石墨烯产业技术创新战略联盟军工应用专家组、…等有关领导、…出席了本次活动
    text = ("西安金百利石墨烯创新中心签约仪式在西安高新区国家数字出版基地隆重举行。高新区党工委委员、管委会副主任顾海文等部门代表，"
            "以及西安石墨烯产业发展专家委员会、中国石墨烯产业技术创新战略联盟军工应用专家组、其他区域石墨烯创新中心等有关领导、"
            "专家学者、科研院校、行业协会及企业代表等100余位嘉宾出席了本次活动。")
    sectors = {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    assert "石墨烯" in sectors and not {"军工", "军工应用"} & sectors
    # round 93 (成都): 生物医药行业校友会会长…
    text = "成都高新区电子科大校友会成立。生物医药行业校友会会长王东辉对行业校友会常看好。"
    assert "生物医药" not in {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}


def test_the_sectors_a_firms_products_supply_are_not_the_zones(tmp_path):
    # round 90 (株洲): 其研发的高端传动系统产品成功配套新能源商用车、工程机械等领域
    text = "株洲高新区的该公司产销同比增长30%，其研发的高端传动系统产品成功配套新能源商用车、工程机械等领域，打破国外技术垄断。"
    assert not {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"} & {"商用车", "工程机械", "新能源"}


def test_what_an_investment_is_used_to_make_is_no_sector_of_the_zone(tmp_path):
    # round 93 (苏州): 首期投资5000万美元用以生产体外诊断试剂、生物制药相关产品以及生命科学领域的耗材
    text = ("苏州高新区传来好消息。今年7月，赛默飞世尔科技再一次加大投资，首期投资5000万美元用以生产体外诊断试剂、"
            "生物制药相关产品以及生命科学领域的耗材。")
    assert not {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"} & {"体外诊断", "生物制药"}


def test_a_count_of_firms_is_no_part_of_a_sectors_name():
    # round 94 (珠海): 孵化培育超百家生物医药、医疗器械企业
    text = "形成一个研究院加若干个创新载体的模式，孵化培育超百家生物医药、医疗器械企业。"
    assert kinds(text, "Industry") == ["生物医药", "医疗器械"]


def test_a_counted_list_splits_its_joined_items_only_where_the_count_says_so():
    # round 96 (天津滨海): 围绕创新药物、细胞产品、医疗器械及医药服务四大板块: four sectors, two of them joined
    text = "据悉，历经多年培育，滨海高新区已围绕创新药物、细胞产品、医疗器械及医药服务四大板块形成了产业“特色名片”。"
    assert kinds(text, "Industry") == ["创新药物", "细胞产品", "医疗器械", "医药服务"]
    # round 96 (武汉东湖): 形成了以光电子信息、智能制造、软件信息及文化教育为主的四大产业板块
    text = "依托华中科技大学优势学科，发展特色产业，形成了以光电子信息、智能制造、软件信息及文化教育为主的四大产业板块。"
    assert {"软件信息", "文化教育"} <= {m.surface for m in find_mentions(text) if m.kind == "Industry"}
    # the count matches the items as written: a joined item is one sector (and a list read only in part keeps its items)
    assert kinds("打造新能源汽车及零部件、电子信息两大产业。", "Industry") == ["新能源汽车及零部件", "电子信息"]
    text = "推动钛及钛合金、汽车及零部件、高端装备制造三大特色优势产业集群化、高质量发展。"
    assert "零部件" not in kinds(text, "Industry")


def test_a_known_short_name_inside_a_three_character_word_is_no_company():
    # round 89 (兰州): 药渡经纬创始人李靖博士: 纬创 (Wistron) runs into 创始人
    assert kinds("当日，药渡经纬创始人李靖博士、昆翎（方恩）医药董事长张丹出席。", "Enterprise") == []


def test_a_kind_of_business_before_gongsi_is_no_name():
    # round 92 (乌鲁木齐): 当前位置：招聘信息大全网-物业公司-…: a page's breadcrumb of property firms
    assert kinds("当前位置：招聘信息大全网-物业公司-西安电子科技大学国家大学科技园的发展", "Enterprise") == []


def test_a_project_opening_a_clause_names_its_investor_when_its_name_shows_a_company():
    # round 96 (如皋), round 91 (大连), round 13 (淮南), round 29 (德阳): one project, the clause's subject
    assert "如天光电" in kinds("一季度，如皋高新区开工3个亿元以上项目，其中，如天光电项目是10亿元的强链补链项目。", "Enterprise")
    text = "其中大连欧申泰克科技有限公司在成立半年时间内已实现营收数百万元，鲲鹏科技水下机器人项目多次在全国大赛中获奖。"
    assert "鲲鹏科技" in kinds(text, "Enterprise")
    assert "探未智能" in kinds("在新型显示产业方面，已签约项目16个，在谈企业3家，其中探未智能触显模组制造等项目已投产。", "Enterprise")
    assert "广沪科技" in kinds("广沪科技智能制造产业项目在德阳高新区投产", "Enterprise")
    # everyday words before the ending are no brand: 单个科技项目支持资金, 一次性生物反应袋项目
    assert kinds("此外，单个科技项目支持资金原则上不超过该成果转化项目预期总投入的50%。", "Enterprise") == []
    assert "一次性生物" not in kinds("去年9月，一次性生物反应袋项目投入运营。", "Enterprise")


def test_a_base_introduced_by_its_investment_names_its_investor():
    # round 89 (珠海): ◆投资20亿元的广东医谷（珠海）医疗产业加速基地
    assert "广东医谷" in kinds("◆投资20亿元的广东医谷（珠海）医疗产业加速基地", "Enterprise")


def test_a_customer_named_with_its_models_and_one_persons_employer_are_not_hosted(tmp_path):
    # round 95 (常州): …是空客A320、A350等主力机型的重要复合材料供应商: the customer, named with its models
    text = ("常州高新区的该公司产品覆盖航空复合材料内外饰及次承重结构件和豪华汽车内外饰碳纤维复合材料，"
            "是空客A320、A350等主力机型的重要复合材料供应商。")
    assert not {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    # round 93 (成都): 王东辉是电子科大1983级校友、北京荣之联科技股份有限公司董事长。: one person's employer
    text = "成都高新区举行活动。王东辉是电子科大1983级校友、北京荣之联科技股份有限公司董事长。"
    assert "北京荣之联科技股份有限公司" not in {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}


def test_the_provinces_own_firms_are_not_the_zones(tmp_path):
    # round 94 (成都): 今年我省颠峰软件等26家服务外包企业…共获得…资金支持, on a page of 成都高新区
    text = ("今年我省颠峰软件等26家服务外包企业和成都华迪信息技术学院等4家培训机构共获得国家2008年度服务外包业务发展资金支持。"
            "亚马逊订单服务中心等重大服务外包项目也纷纷落户成都高新区。")
    assert "颠峰软件" not in {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}


def test_labs_listed_as_a_sites_facilities_are_no_institutes():
    # round 92 (珠海): …三大平台，配备电磁兼容实验室、风洞实验室等核心设施
    text = "将重点建设动力系统测试、抗风与安全性测试、环境适应性测试三大平台，配备电磁兼容实验室、风洞实验室等核心设施。"
    assert kinds(text, "ResearchInstitute") == []


def test_a_projects_investor_goes_on_through_its_own_word_after_its_ending():
    # round 95 (桂林): 丹康生物科技生产基地项目; round 96 (如皋): 总投资10亿元的江苏世睿智能科技项目
    text = ("此次集中开工的项目有金盘科技桂林数字化转型项目、增材制造产业园项目、洁伶智能化生产车间仓储基地项目、"
            "华网智能芯片研发生产配套基地项目、丹康生物科技生产基地项目、七星园园区基础设施建设项目（一期）。")
    assert "丹康生物科技" in kinds(text, "Enterprise")
    assert "江苏世睿智能科技" in kinds("眼下，总投资10亿元的江苏世睿智能科技项目，厂房已经完工，将于6月份全面投产。", "Enterprise")


def test_a_company_written_again_without_its_legal_form_holds_no_sector():
    # round 19 (成都): 出光电子材料（中国）有限公司…建设出光电子材料（中国）制造基地: no 光电子 in it
    text = "参加集中开工仪式的出光电子材料（中国）有限公司将聚焦新型显示器材，投资2.15亿元建设出光电子材料（中国）制造基地。"
    assert kinds(text, "Industry") == ["新型显示"]


def test_a_contests_final_and_a_service_complex_named_after_a_sector_are_not_the_zones(tmp_path):
    # round 26 (洛阳): 第五届中国创新创业大赛先进制造行业总决赛将在我市开幕
    text = "洛阳高新区传来消息。本月24日，第五届中国创新创业大赛先进制造行业总决赛将在我市开幕。"
    assert "先进制造" not in {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    # round 22 (衢州): 参观了氟硅钴产业创新服务综合体、空气动力装备产业创新服务综合体等地
    text = ("衢州高新区迎来考察团。杨玲一行先后参观了氟硅钴产业创新服务综合体、空气动力装备产业创新服务综合体等地，"
            "详细了解集聚区在人才引进、科技创新、产业培育等方面取得的成就。")
    assert "动力装备" not in {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}


def test_zhong_of_qizhong_opens_no_sector_and_a_fund_named_after_a_sector_is_no_sector(tmp_path):
    # round 19 (石家庄): 其中医药产业占高新区总产值的比重超过40%: 医药, not 中医药
    text = "目前，石家庄高新区已成为全国现代化综合生物医药产业基地之一，其中医药产业占高新区总产值的比重超过40%。"
    assert "中医药" not in kinds(text, "Industry")
    # round 13 (莱芜): …申报…省新能源产业发展专项资金等项目资金1500余万元
    text = ("莱芜高新区为10家企业16个项目申报重点产业振兴和中小企业技术改造、省级战略性新兴产业、"
            "省新能源产业发展专项资金等项目资金1500余万元。")
    assert "新能源" not in {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}


def test_jindeng_opens_no_company():
    # round 17 (杭州): …，紧盯全球科技和产业发展趋势，对标世界一流创新平台
    text = "研究院聚焦信息创新、生命健康等相关领域，紧盯全球科技和产业发展趋势，对标世界一流创新平台。"
    assert kinds(text, "Enterprise") == []


def test_a_visiting_delegations_zone_is_not_the_pages(tmp_path):
    # round 19 (枣庄): 省黄河三角洲农高区…带领考察团一行19人来我区参观考察; the page's zone (我区) is named last
    text = ("当前位置: 首页 > 走进高新 > 高新要闻\n\n东营市政府考察团来我区参观考察\n\n来自: 时间:2019-03-25\n\n"
            "    3月22日,东营市市政府副市长冯艺东、省黄河三角洲农高区党工委委员、管委会副主任毕建明带领考察团一行19人来我区参观考察。\n"
            "    市政府副市长刘吉忠、市科技局局长邵磊、高新区党工委委员、副主任高欣及市直相关单位的负责同志陪同了考察活动。\n"
            "    在浙大山东工研院,翁悦君向考察团一行介绍了项目建设基本情况,共引进常驻高层次人才176人、院士2名;"
            "申请专利107项,引入微医、上海易教等产业公司30家,完成项目合作签约25个。\n"
            "    通过现场实地考察,冯艺东对我区经济发展和重点项目建设取得的成绩给予高度评价,认为枣庄国家高新区的发展势头强劲。\n")
    hosted = {(s, o) for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert ("枣庄高新技术产业开发区", "微医") in hosted and not any(s.startswith("黄河三角洲") for s, _ in hosted)


def test_a_zone_taking_part_in_building_a_park_of_another_is_not_its_subject(tmp_path):
    # round 29 (海口): 由东湖高新区参与建设的东湖高新海口生物城，作为海口国家高新区内的专业“园中园”…; 该园区…涵盖…
    text = ("11月10日，海口国家高新区与武汉东湖高新区在海口签署合作框架协议。"
            "据悉，由东湖高新区参与建设的东湖高新海口生物城，作为海口国家高新区内的专业“园中园”，已形成成熟的产业集聚效应。"
            "目前，该园区注册企业达152家，涵盖数字医疗、生物制药、医用设备及耗材、第三方检测等多个细分领域。")
    sectors = {(s, o) for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    assert ("海口高新技术产业开发区", "数字医疗") in sectors and not any(s == "武汉东湖新技术开发区" for s, _ in sectors)


def test_a_zone_where_anothers_office_is_stationed_is_not_the_sentences_subject(tmp_path):
    # round 25 (渭南): 牵头组建渭南驻西安高新区科技工作站、…，以3D打印技术为代表的西安优势技术成果已在渭南实现产业化
    text = ("近年来，渭南高新区坚持创新驱动发展。二是“线”上打通，在全省率先实施反向科技特派员派驻及异地孵化，"
            "牵头组建渭南驻西安高新区科技工作站、渭南高新区创业创新（西安）孵化平台，链接西安与渭南，"
            "以3D打印技术为代表的西安优势技术成果已在渭南实现产业化，累计吸引3D打印产业化项目35个。")
    sectors = {(s, o) for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    assert not any(s == "西安高新技术产业开发区" for s, _ in sectors)


def test_a_zone_committees_own_company_is_that_zones(tmp_path):
    # round 90 (武汉东湖/黄冈): 武汉东湖高新区管委会直属国有企业武汉高科集团和黄冈高新区管委会国有企业黄冈高投公司，共同出资…
    text = ("根据合作要求，武汉东湖高新区管委会直属国有企业武汉高科集团和黄冈高新区管委会国有企业黄冈高投公司，"
            "共同出资组建了武汉光谷黄冈科创投资开发有限公司。")
    hosted = {(s, o) for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert ("黄冈高新技术产业开发区", "黄冈高投") in hosted and ("武汉东湖新技术开发区", "黄冈高投") not in hosted


def test_technologies_listed_before_their_kind_are_no_companies():
    # round 105 (苏州): 将引入无极耳超低内阻、宽温固态电池等先进技术 (a battery technology, no brand)
    text = "此次在太湖科学城功能片区投资建设创明新能源集团总部，将引入无极耳超低内阻、宽温固态电池等先进技术。"
    assert "宽温固态电池" not in kinds(text, "Enterprise")
    assert "歌尔科技" in kinds("园区集聚了歌尔科技、华为等高新技术企业。", "Enterprise")


def test_since_opening_a_clause_is_no_part_of_a_name():
    # round 105 (苏州): 自创明新能源总部项目签约以来，… (自…以来: since)
    assert kinds("自创明新能源总部项目签约以来，太湖科学城功能片区持续招大引强。", "Enterprise") == ["创明新能源"]
    assert kinds("自深圳市汇川技术股份有限公司落户以来，园区产值倍增。", "Enterprise") == ["深圳市汇川技术股份有限公司"]


def test_variant_spellings_of_two_sectors():
    # round 106 (长沙): 瞄准信息通讯、人工智能、…等科技产业革命前沿 (通讯 for 通信); 电子资讯: 信息 as Hong Kong writes it
    text = "瞄准信息通讯、人工智能、工业互联网、生物医药、新材料等科技产业革命前沿，对接国家重大战略部署。"
    assert "信息通讯" in kinds(text, "Industry")
    assert "电子资讯产业" in kinds("发展电子资讯产业。", "Industry")


def test_kinds_of_body_a_policy_funds_are_no_partners():
    # round 106 (武汉东湖): 对获批建设的国家制造业创新中心、产业创新中心、技术创新中心，最高给予1亿元资金支持
    text = ("其中，对获批建设的国家制造业创新中心、产业创新中心、技术创新中心，最高给予1亿元资金支持；"
            "对围绕东湖高新区主导产业建设高端研发机构、科创学院、未来技术学院，最高给予1亿元的运行、研发经费支持。")
    assert kinds(text, "ResearchInstitute") == []
    assert kinds("对新落户的九峰山实验室，给予场地支持。", "ResearchInstitute") == ["九峰山实验室"]
    assert kinds("对新落户的中国科学院深圳先进技术研究院、南京大学，给予支持。", "ResearchInstitute") == [
        "中国科学院深圳先进技术研究院", "南京大学"]


def test_a_verb_or_a_preposition_before_a_listed_firm_is_no_part_of_it():
    # round 107 (荆门, 合肥): 在億緯、格林美等龍頭磁吸下 (在: a preposition); 管委会则将积极配合天通股份 (配合: a verb)
    assert kinds("在亿纬、格林美等龙头磁吸下，多家名企抢滩落户。", "Enterprise") == ["亿纬", "格林美"]
    assert kinds("管委会则将积极配合天通股份，提供土地。", "Enterprise") == ["天通股份"]


def test_a_firms_line_named_in_its_project_is_no_sector_of_the_zone():
    # rounds 12-30 (济宁, 蚌埠): 长城重工新能源工程机械产业项目, 深圳市博宝特人工智能应用基地: the firm's line of business
    text = ("其中，小松全球智能制造产业基地、长城重工新能源工程机械产业项目、山东华付AI产业基地等一批重点项目正加速推进。")
    assert "新能源" not in kinds(text, "Industry")
    text = "成功引进大富科技蚌埠智能制造基地、鸿合科技交互式显示产业园、深圳市博宝特人工智能应用基地。"
    assert "人工智能" not in kinds(text, "Industry")
    assert "人工智能产业" in kinds("园区聚焦人工智能产业，引进一批项目。", "Industry")


def test_a_company_named_after_a_laboratory_is_one_company():
    # round 108 (海口): 湖南湘仪实验室仪器开发有限公司 (not the laboratory 湖南湘仪实验室 and a company 仪器开发有限公司)
    text = "湖南湘仪实验室仪器开发有限公司等企业参展。"
    assert kinds(text, "Enterprise") == ["湖南湘仪实验室仪器开发有限公司"] and kinds(text, "ResearchInstitute") == []


def test_a_product_opening_a_project_names_no_investor():
    # round 108 (苏州, 海口): 光刻机总部项目、神经植入类医疗器械项目、道创智能设备研发及生产基地项目等科技类项目;
    # 高端医用离心机生产基地项目、骨科高值耗材研发生产基地项目 (products and kinds; 益阳橡机 stays a firm)
    text = "其中，光刻机总部项目、神经植入类医疗器械项目、道创智能设备研发及生产基地项目等科技类项目，将聚焦突破“卡脖子”技术。"
    assert not {"光刻机", "神经植入类"} & set(kinds(text, "Enterprise"))
    text = "它们将分别打造成德荣数智化仓配中心项目、高端医用离心机生产基地项目、骨科高值耗材研发生产基地项目、抗血清产品研发生产基地项目。"
    assert not {"高端医用离心机", "骨科高值耗材"} & set(kinds(text, "Enterprise"))


def test_start_ups_are_a_kind_of_company():
    # round 108 (张江): 了解其如何服务初创公司 (初创公司: start-ups, no name)
    assert kinds("走访巢生上海创新实验室，了解其如何服务初创公司。", "Enterprise") == []


def test_an_experiment_centre_is_an_institute():
    # round 108 (贵阳): 现场签订了西部数谷产业园、清华大学贵阳基础设施安全监测实验中心等项目 (实验中心, as 试验中心 is)
    text = "现场签订了西部数谷产业园、清华大学贵阳基础设施安全监测实验中心等项目。"
    assert kinds(text, "ResearchInstitute") == ["清华大学贵阳基础设施安全监测实验中心"]


def test_places_visited_to_see_projects_are_no_projects():
    # round 108 (西安): 先后走进丝路科学城发展中心、集贤园发展中心、草堂科技产业园发展中心、综合保税区发展中心等地观摩项目
    text = "率全区领导干部先后走进丝路科学城发展中心、集贤园发展中心、草堂科技产业园发展中心、综合保税区发展中心等地观摩项目。"
    assert kinds(text, "Enterprise") == []


def test_a_compound_of_two_known_sectors_with_no_count_is_the_two_sectors():
    # rounds 19, 24, 27, 29, 30, 108, 109: annotators split 医疗器械及生物医药 (and 生物医药及大健康, 芳烃及精细化工 …)
    # wherever no count makes it one of a list's items: 12 of 19 such compounds over all rounds
    text = "推介会上，刘伟与参会嘉宾围绕电子信息与智能制造、医疗器械与生物医药产业项目合作等内容进行深入交流。"
    assert {"医疗器械", "生物医药"} <= set(kinds(text, "Industry"))
    # a count keeps it one: the figures given in turn, or the counts of the zone's system just before
    text = "2021年，无锡高新区物联网、集成电路、生物医药、大数据和云计算等战略性新兴产业分别同比增长15%、20%、15%、15%。"
    assert "大数据和云计算" in kinds(text, "Industry")
    text = ("全力打造“6+2+X”现代化产业体系，发力物联网及数字产业、集成电路、生物医药、智能装备、汽车零部件、新能源等地标性先进产业。")
    assert "物联网及数字产业" in kinds(text, "Industry")


def test_the_kinds_of_body_a_park_is_made_of_and_a_renters_verb_are_no_names():
    # round 110 (沈阳, 乌鲁木齐): 由…重点实验室、工程中心、研究所等组成 (研究所: the kind); 从租用新疆大学北校区… (租用: rent)
    text = "东北大学科学园是由处于东北大学校园内的重点实验室、工程中心、研究所等组成的一个虚拟园区。"
    assert "研究所" not in kinds(text, "ResearchInstitute")
    assert not any(k.startswith("租用") for k in kinds("科技园从租用新疆大学北校区的一栋楼起步。", "ResearchInstitute"))


def test_a_compound_heading_its_own_section_is_one_sector():
    # round 16 (江阴): 3、现代中药及生物医药产业：中成药、中药饮片等现代中药研制 (one of the zone's counted sectors, as a heading)
    assert "现代中药及生物医药" in kinds("3、现代中药及生物医药产业：中成药、中药饮片等现代中药研制。", "Industry")


def test_a_cluster_named_by_a_compound_is_one_cluster_of_both_sectors(tmp_path):
    # round 24 (苏州): 涉及集成电路、医疗器械和生物医药、绿色低碳等产业创新集群: the sectors are two, the cluster one
    text = "苏州高新区本次集中签约项目涉及集成电路、医疗器械和生物医药、绿色低碳等产业创新集群。"
    facts = facts_of(tmp_path, text)
    clusters = {o for _, p, o in facts if p == "hasCluster"}
    assert "苏州高新区医疗器械和生物医药产业集群" in clusters
    assert {o for s, p, o in facts if p == "clusterIndustry" and s == "苏州高新区医疗器械和生物医药产业集群"} == {"医疗器械", "生物医药"}


def test_a_month_before_a_legal_name_is_no_part_of_it():
    # round 111 (天津): the date of a takeover written right before the buyer's legal name
    text = "2020年11月中国诚通控股集团有限公司控股力神电池以来，公司经营效益大幅提升。"
    assert "11月中国诚通控股集团有限公司" not in kinds(text, "Enterprise")
    assert "中国诚通控股集团有限公司" in kinds(text, "Enterprise")
    assert "华为技术有限公司" in kinds("2021年3月华为技术有限公司在此设立研究院。", "Enterprise")


def test_a_universitys_medical_school_is_its_unit_and_the_parent_of_what_it_builds(tmp_path):
    # round 111 (泰州, in Traditional script, read converted): 访问 before the school is no part of its
    # name; 医学部 is a university's unit; the centre named 北大医学部（泰州）… is the school's
    text = ("今年2月13日，泰州市委书记朱立凡一行访问北京大学医学部，与北京大学常务副校长、北大医学部主任乔杰"
            "就进一步深化校地合作展开座谈交流。10月30日，北大医学部（泰州）医药健康产业创新中心（以下简称“创新中心”）"
            "正式启用。")
    found = kinds(text, "ResearchInstitute")
    assert "北京大学医学部" in found and not any("访问" in name for name in found)
    facts = facts_of(tmp_path, "泰州医药高新区" + text)
    parents = {(s, o) for s, p, o in facts if p == "subOrganizationOf"}
    assert ("北京大学医学部", "北京大学") in parents
    assert ("北京大学医学部（泰州）医药健康产业创新中心", "北京大学医学部") in parents


def test_what_a_zone_has_is_listed_after_its_verb():
    # round 111 (南通): 有 between the zone and its list of listed companies is no part of the first
    text = "江苏南通高新区有综艺股份、金飞达、江海股份等上市公司。"
    assert kinds(text, "Enterprise") == ["综艺股份", "金飞达", "江海股份"]


def test_a_technology_transfer_centre_by_its_short_ending_is_its_universitys(tmp_path):
    # round 111 (新乡): 技转中心 is 技术转移中心 shortened; 浙大 opens it, so it is 浙江大学's
    text = ("1月17日，新乡高新区组织中国(新乡)知识产权保护中心、万创技术、平原众创、北航协同创新服务中心、浙大新乡技转中心、"
            "膜材料创新中心、中顺过滤研究院等7家技术转移相关服务机构召开座谈会。")
    assert "浙大新乡技转中心" in kinds(text, "ResearchInstitute")
    parents = {(s, o) for s, p, o in facts_of(tmp_path, text) if p == "subOrganizationOf"}
    assert ("浙江大学新乡技转中心", "浙江大学") in parents


def test_a_county_named_on_a_page_of_no_zone_is_its_provincial_zones_place(tmp_path):
    # round 107 (太仓): a county's site heads its zone's page with the official ending alone, names 太仓
    # twice and the zone only as 高新区; round 27 (本溪): 新民, a county of 沈阳, is a man's given name here
    text = ("首页 > 太仓概览 > 镇区展示\n\n高新技术产业开发区\n\n高新区依托“临沪第一城”开放先发优势，在传统“苏南模式”基础上"
            "嫁接对德合作元素，主动融入上海，形成独具特色的“太仓实践”。\n目前，全区集聚了耐克、积水、特灵、和路雪等一批世界500强企业。")
    hosts = {(s, o) for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert ("太仓高新技术产业开发区", "耐克") in hosts
    text = ("科技部中国生物技术发展中心主任张新民一行到高新区调研\n4月27日，国家科技部中国生物技术发展中心主任张新民一行"
            "到高新区调研医药产业发展情况。\n张新民对高新区的迅猛发展和取得的成绩予以充分肯定。")
    (tmp_path / "benxi").mkdir()
    assert not [s for s, p, o in facts_of(tmp_path / "benxi", text) if s.startswith("新民")]


def test_shenyangs_zone_by_its_older_name():
    # round 110 (光明日报, 2004): 沈阳浑南开发区, as the zone was called before 浑南新区 and 浑南高新区
    text = "随后该公司迁入沈阳浑南开发区，东大有了自己的第一个高新技术产业园区——东大软件园。"
    assert [m.name for m in find_mentions(text) if m.kind == "Zone"] == ["沈阳高新技术产业开发区"]


def test_a_foreign_company_opening_its_project_by_its_country():
    # round 110 (无锡): 威伊艾姆 (VEM), a transliteration with no brand ending, is a company by 德国 before it
    text = "记者从无锡高新区管委会获悉，德国威伊艾姆高端电机研制项目在无锡高新区竣工开业。"
    assert kinds(text, "Enterprise") == ["威伊艾姆"]


def test_two_institutes_joined_by_ji_are_two():
    # round 112 (西安): 中科院地环所 is a unit of its own before 及, not the parent of the fields after it
    # (中科院宁波材料技术与工程研究所 is one); nor is 清华 the opening of one name 清华大学及北京大学
    text = "中科院地环所及地球环境创新研究院项目建成后将针对城市地下空间利用与灾害防控开展研究。"
    assert kinds(text, "ResearchInstitute") == ["中科院地环所", "地球环境创新研究院"]
    assert kinds("清华大学及北京大学的专家参加了论证。", "ResearchInstitute") == ["清华大学", "北京大学"]
    assert kinds("中科院宁波材料技术与工程研究所成立。", "ResearchInstitute") == ["中科院宁波材料技术与工程研究所"]


def test_policies_the_zone_published_one_after_another_by_their_quoted_names(tmp_path):
    # round 112 (西安): 密集发布了 (an adverb before the verb), and a second quoted name right after the first
    text = ("据报道，稳经济促发展，西安高新区密集发布了“科创九条”“复工复产十条”等支持企业高质量发展的若干政策，"
            "力度更大、靶点更准、成效更好。")
    facts = facts_of(tmp_path, text)
    for policy in ("科创九条", "复工复产十条"):
        assert ("西安高新技术产业开发区", "implementsPolicy", policy) in facts
        assert (policy, "issuedBy", "西安高新技术产业开发区") in facts


def test_verbs_and_a_place_said_before_firms_are_no_firms():
    # round 107 (自贡, 江都) and round 110 (宝鸡): 力促 (strive to bring) opening a list, 东侧的 (on the east side)
    # before the first firm, 创下 (set a record) before 公司 (the company just named)
    text = "力促中国昊华、中电科、猪八戒网等一批在谈企业项目签约，推进台湾联积电子墨水屏项目。"
    assert "力促" not in kinds(text, "Enterprise")
    text = "驱车行驶在京沪高速江都城区段，东侧的博恒新材料、创合新材料、亚威金属成形机床等企业一字排开。"
    assert kinds(text, "Enterprise")[:2] == ["博恒新材料", "创合新材料"]
    assert kinds("今年6月成功突破4000吨，创下公司单月产量的历史新高。", "Enterprise") == []


def test_the_verb_jizhong_before_a_name_is_no_part_of_it():
    # round 112 (武汉, in Traditional script, read converted): 集中 (to gather) before the group's name
    text = "健康产业基地一期项目位于武汉新城花山片区，总投资80亿元，将集中泰康保险集团顶级科技人才，建设智慧保险。"
    assert kinds(text, "Enterprise") == ["泰康保险集团"]


def test_a_universitys_abbreviation_inside_a_listed_companys_name():
    # round 111 (北京, in Traditional script, read converted): 中科大 inside 中科大洋 (a company), listed before
    # 等; 哈工大科技园等 (round 18) and 与中科大等 still name the universities
    text = "北青报记者了解到，广联达、中科大洋等科技企业所在的中关村软件园，是新一代信息技术产业端专业化园区。"
    assert kinds(text, "ResearchInstitute") == [] and "中科大洋" in kinds(text, "Enterprise")
    assert kinds("与中科大等高校合作。", "ResearchInstitute") == ["中科大"]


def test_technologies_and_products_listed_as_kinds_of_firm_or_project_are_no_firms():
    # round 113 (保定): firms of the trades listed (等高新技术行业企业), not firms named so; (咸阳) projects of
    # products and a sector (生物制药), no investor among them; 等一批行业单项冠军 still lists firms
    text = "5年来，第三代半导体技术、量子成像技术、脑血管手术机器人等高新技术行业企业陆续入驻。"
    assert kinds(text, "Enterprise") == []
    assert kinds("积极谋划引进玻璃基板热端、生物制药、航空材料等项目，拓展产业领域。", "Enterprise") == []
    text = "培育了金博碳素、湘投金天、惠同新材、艾迪奥等一批行业单项冠军。"
    assert kinds(text, "Enterprise") == ["金博碳素", "湘投金天", "惠同新材", "艾迪奥"]


def test_what_one_zone_sets_up_in_another_is_the_other_zones(tmp_path):
    # round 113 (保定): 中关村 acts, but the centre and the firms in it are in 保定's zone
    text = ("京津冀协同发展的国家战略为这座古城带来了新的历史机遇，2015年4月28日中关村在保定国家高新技术产业开发区成立了"
            "在京外的首个创新中心。5年来，第三代半导体技术、量子成像技术、脑血管手术机器人等高新技术行业企业陆续入驻，"
            "2019年保定·中关村创新中心营收突破20亿元。")
    subjects = {s for s, p, o in facts_of(tmp_path, text) if p in ("partnersWith", "hasIndustry", "hostsEnterprise")}
    assert "中关村科技园区" not in subjects


def test_firms_listed_as_taiwanese_or_foreign_firms():
    # round 113 (南昌, in Traditional script, read converted): 等一批行业领先台企 closes a list of firms
    text = "与台湾优势产业契合度高、产业配套链条全，先后吸引了台湾东元、菱光、TCT、钛创、英华达等一批行业领先台企落户。"
    assert kinds(text, "Enterprise")[1:] == ["菱光", "TCT", "钛创", "英华达"]


def test_a_known_latin_name_opens_its_units_legal_name_and_a_former_name_is_no_firm():
    # round 113 (成都): TCL opens TCL王牌电器(成都)有限公司; the bracketed former name of 成都康宁光缆 (原西门子…)
    # names no firm the zone hosts now
    assert kinds("TCL王牌电器(成都)有限公司正式投产。", "Enterprise") == ["TCL王牌电器(成都)有限公司"]
    assert kinds("成都康宁光缆有限公司(原西门子光缆成都有限公司)落户高新区。", "Enterprise") == ["成都康宁光缆有限公司"]


def test_a_national_zone_the_standards_list_lacks_is_in_the_gazetteer(tmp_path):
    # round 113 (宜兴): 宜兴环科园, a national zone since 1992 that GB/T 37028-2018 files under no zone category
    text = "宜兴环科园与南京大学共建南京大学宜兴环保研究院，集聚了1000多家环保企业。"
    assert [m.name for m in find_mentions(text) if m.kind == "Zone"] == ["中国宜兴环保科技工业园"]
    partners = {(s, o) for s, p, o in facts_of(tmp_path, text) if p == "partnersWith"}
    assert ("中国宜兴环保科技工业园", "南京大学") in partners


def test_a_zone_upgraded_since_the_standard_has_its_place():
    # 信阳高新区, national since 国函〔2022〕54号: a zone of data/zones.csv with its province, not a pattern's
    zone = [m for m in find_mentions("信阳高新区成功获批国家高新技术产业开发区。") if m.kind == "Zone"][0]
    assert zone.rule == "zone-gazetteer" and zone.extra["zone"].province == "河南省"


def test_a_first_of_its_kind_and_a_persons_election_are_no_institutes():
    # round 113 (宜兴): 当选 (elected) ends the institute before it; 首个…院士工作站 and 首所…大学 are firsts of a kind
    text = "核心提示：南大宜兴环保研究院院长任洪强当选中国工程院院士；江苏卓易科技成功上市。"
    assert kinds(text, "ResearchInstitute") == ["南大宜兴环保研究院", "中国工程院"]
    assert kinds("宜兴环科园邀请到国际水协主席格兰·戴格尔院士，成立宜兴首个外籍院士工作站。", "ResearchInstitute") == []
    assert kinds("宜兴首所本科类环保专业大学落户环科园。", "ResearchInstitute") == []


def test_a_span_a_passive_and_a_time_or_site_word_open_no_firm():
    # round 114 (盐城, 无锡, 武汉): 从…到… is a span of a chain, 被列为 what a project was made,
    # 明年 and 选址 words before the name
    text = ("盐城高新区以东山精密、康佳电子等龙头企业为核心，初步构建起从核心部件到品牌整机、从硬件生产到软件研发的全产业链。"
            "维信电子柔性线路板,规模进入全球前三、国内第一,永创5G滤波器项目,被列为全省重大产业项目。")
    firms = kinds(text, "Enterprise")
    assert not any(f.startswith(("从", "被")) for f in firms) and "康佳电子" in firms
    assert kinds("明年GE医疗将迎来在锡发展三十周年的重要里程碑。", "Enterprise") == ["GE医疗"]
    assert kinds("建设化合物半导体孵化加速及制造基地,选址九峰山实验室南面。", "ResearchInstitute") == ["九峰山实验室"]


def test_sectors_said_to_represent_the_clusters_name_them(tmp_path):
    # round 115 (人民日报 on 中关村): 以…等为代表的产业集群, as 以…为主导的产业集群
    facts = facts_of(tmp_path, "目前,中关村形成以新一代信息技术、生物、节能环保、新材料、新能源等为代表的产业集群,成为我国战略性新兴产业高地。")
    sectors = {o for s, p, o in facts if p == "clusterIndustry"}
    assert sectors == {"新一代信息技术", "生物", "节能环保", "新材料", "新能源"}


def test_firms_listed_as_such_leaders_and_sectors_after_a_colon(tmp_path):
    # round 115 (重庆发布 on 科学城高新区, the 重庆 zone's own short name since 2020): 既有A、B这样的产业龙头
    # lists firms as 等 does, and sectors after 产业,分别是: are the zone's
    text = ("孙立东介绍,在科学城高新区的产业体系当中,最具辨识度的三大“千亿级”产业,分别是:智能网联新能源汽车、软件和信息服务、"
            "新型智能终端。我们招引的企业中,既有三安意法、中冶赛迪信息这样的产业龙头。")
    facts = facts_of(tmp_path, text)
    assert ("重庆高新技术产业开发区", "hostsEnterprise", "三安意法") in facts
    assert ("重庆高新技术产业开发区", "hasIndustry", "智能终端") in facts


def test_a_province_or_citys_department_issues_the_title_it_publishes():
    # round 115 (长沙晚报): 湖南省科学技术厅、湖南省科学技术协会发布《…》; a city's bureau alone (天津市科技局印发《…》)
    def issuers(text):
        return [m.extra["issuers"] for m in find_mentions(text) if m.kind == "Policy"]
    assert issuers("今日, 湖南省科学技术厅、湖南省科学技术协会发布《关于认定中南大学湘雅二医院院士专家工作站等17家为2017年第二批"
                   "“湖南省院士专家工作站”的通知》。") == [("湖南省科学技术厅", "湖南省科学技术协会")]
    assert issuers("天津市科技局印发《关于促进天津滨海高新技术产业开发区高质量发展具体落实举措》。") == [("天津市科技局",)]
    # a district's government as co-issuer, and the department's name past the verbs run into it (为贯彻落实天津市…)
    assert issuers("为贯彻落实天津市科技局、滨海新区政府联合印发《关于促进天津滨海高新技术产业开发区高质量发展具体落实举措》"
                   "(津科区〔2020〕91号)") == [("天津市科技局", "滨海新区政府")]
    assert issuers("高新区工委书记到高新区政府发布《若干措施》") == [()]


def test_the_fields_of_people_brought_in_are_not_the_zones_sectors(tmp_path):
    # round 115 (兰州, 中新社): the returnees' fields, as 来自生物医药、…等多个领域的10余名专家 are the experts'
    facts = facts_of(tmp_path, "目前,兰州高新区引进留学人员创办企业135家,引进来自美、英、法等国家涉及新医药及生物工程、电子信息、"
                     "新材料等领域的各类高层次留学归国人员157人。")
    assert not any(p == "hasIndustry" for s, p, o in facts)


def test_a_universitys_short_name_after_a_city_and_a_colleges_short_name_open_their_units(tmp_path):
    # round 115 (珠海高新区): 珠海复旦研究院 is 复旦大学's institute in 珠海 (not 苏州大学研究院's 苏州 + 大学);
    # 北理珠 (北京理工大学珠海学院) opens 北理珠航空学院
    facts = facts_of(tmp_path, "珠海高新区低空经济产业联盟成员有纳睿雷达、欧比特、北理珠航空学院、珠海复旦研究院等13家单位。")
    assert ("珠海复旦研究院", "subOrganizationOf", "复旦大学") in facts
    assert ("北京理工大学珠海学院航空学院", "subOrganizationOf", "北京理工大学珠海学院") in facts
    facts = facts_of(tmp_path, "苏州高新区与苏州大学合作共建苏州大学研究院。")
    assert ("苏州大学研究院", "subOrganizationOf", "苏州大学") in facts


def test_shaanxis_universities_by_their_three_character_names(tmp_path):
    # round 113 (咸阳): 西交大、西工大、西农大 side by side
    facts = facts_of(tmp_path, "咸阳高新区与西交大、西工大、西农大等高校实现零距离对接。")
    partners = {o for s, p, o in facts if p == "partnersWith"}
    assert partners == {"西安交通大学", "西北工业大学", "西北农林科技大学"}


def test_a_pages_keyword_line_and_a_regions_science_centre_name_no_institute():
    # round 109 (重庆): 关键词 成渝综合性科学中心, a page's keyword line, and a region's designation
    assert kinds("关键词 成渝综合性科学中心", "ResearchInstitute") == []
    assert kinds("共建具有影响力的科技创新中心,建设成渝综合性科学中心。", "ResearchInstitute") == []


def test_a_regional_science_centre_and_a_lab_carried_by_people_are_no_institutes():
    # rounds 107 and 111 (西安, 合肥): 区域综合性科学中心 is a designation; 科大师生带着实验室 (带着: carrying)
    assert kinds("西安将建设区域综合性科学中心。", "ResearchInstitute") == []
    assert kinds("科大师生带着实验室来到高新区创业。", "ResearchInstitute") == []


def test_several_cities_or_the_zones_city_owning_universities_are_no_partners(tmp_path):
    # round 112 (长株潭, Traditional script): 三市还拥有国防科大、…等高等院校69所, in a paragraph 湘潭高新区 opens
    text = ("湘潭高新区创新资源丰富。目前，长株潭三市拥有两院院士54名。三市还拥有国防科大、中南大学、湖南大学、湘潭大学、"
            "湖南师范大学等高等院校69所。")
    assert not any(p == "partnersWith" for s, p, o in facts_of(tmp_path, text))
    # the zone's city owning them: the city's universities, not the zone's partners
    facts = facts_of(tmp_path, "长沙高新区发展迅速。长沙拥有中南大学、湖南大学等高等院校69所。")
    assert not any(p == "partnersWith" for s, p, o in facts)


def test_the_zone_named_by_the_name_it_is_promoted_under(tmp_path):
    # round 116 (中国药科大学's site): 中国医药城 is 泰州医药高新区
    facts = facts_of(tmp_path, "医博会上,我校与中国医药城签署全面合作协议,中国药科大学将与中国医药城共建研发平台。")
    assert ("泰州医药高新技术产业开发区", "partnersWith", "中国药科大学") in facts


def test_two_sectors_joined_across_the_frame_of_the_next_are_not_one(tmp_path):
    # round 116 (成都): …、高端装备制造和以新兴金融、高端商务为代表的生产性服务业 (以 opens the next item's frame)
    facts = facts_of(tmp_path, "成都高新区招商领域重点锁定“4+1”产业领域,即:新一代信息技术、生物、节能环保、高端装备制造和以新兴金融、"
                     "高端商务为代表的生产性服务业。")
    sectors = {o for s, p, o in facts if p == "hasIndustry"}
    assert "高端装备制造" in sectors and not any("以" in o for o in sectors)


def test_projects_counted_then_named_by_their_firms(tmp_path):
    # round 111 (长沙): the count is the number of names, and every item is a name
    text = ("长沙高新区集中开工。本次集中开工的6个产业项目分别为海利锂电、益达医药、美媛本草、元众软件、妙盛电源、亚鲁特幕墙门窗，"
            "涉及先进装备制造、新能源与节能环保、电子信息等领域。")
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert {"海利锂电", "益达医药", "美媛本草", "亚鲁特幕墙门窗"} <= hosted
    # a count the list does not fill, or an item that is a sector, names no firms
    assert kinds("签约的3个项目分别为海利锂电、益达医药。", "Enterprise") == []
    assert kinds("开工的2个项目分别为新材料、益达医药。", "Enterprise") == []


def test_a_sector_written_with_words_of_its_own_in_a_list_keeps_the_written_item_as_a_form(tmp_path):
    # round 110 (成都): annotators name 车联网应用, 数字动漫, 智能芯片 as written; the concept stays the taxonomy's
    registry = registry_of(tmp_path, "成都高新区提出以六大产业社区建设为抓手,聚焦5G通信(基站系统及设备、车联网应用等)、数字文创(电子竞技、"
                           "数字动漫等)、人工智能(智能芯片、智能终端等)。")
    forms = {form for entity in registry.entities.values() if entity.kind == "Industry" for form in entity.forms}
    assert {"车联网应用", "数字动漫", "智能芯片"} <= forms
    # not a verb opening the list's first item, nor a count
    registry = registry_of(tmp_path, "高新区发布出台集成电路、生物医药产业政策，加快建设人工智能、大数据五大先导产业。")
    forms = {form for entity in registry.entities.values() if entity.kind == "Industry" for form in entity.forms}
    assert not forms & {"发布出台集成电路", "大数据五大先导"}


def test_a_firm_named_after_its_role_and_a_science_as_an_example_are_read_right():
    # rounds 113-114 (合肥, 常州): 开发运营商|合肥高新股份 (the role, then the name); 以合成生物学为代表的 (a science)
    assert kinds("由高新区直属产业园区开发运营商合肥高新股份建设运营。", "Enterprise") == ["合肥高新股份"]
    assert kinds("以合成生物学为代表的新一代生物技术。", "Enterprise") == []


def test_an_incubators_legal_name_is_not_cut_at_its_business():
    # round 112 (江门): …科技企业孵化器有限公司 was cut at 企业, leaving 孵化器有限公司 (a kind of company)
    assert kinds("苏州纳米科技企业孵化器有限公司成立。", "Enterprise") == ["苏州纳米科技企业孵化器有限公司"]
    assert kinds("引入国内一流的孵化运营团队启迪之星(北京)科技企业孵化器有限公司。", "Enterprise") == [
        "启迪之星(北京)科技企业孵化器有限公司"]


def test_tianjins_haihe_laboratories_by_their_full_names():
    # round 113 (天津): 脑机交互与人机共融海河实验室 was cut at 与 (data/institutes.csv holds the six)
    assert kinds("细胞生态海河实验室首批18支科研团队入驻，脑机交互与人机共融海河实验室揭牌。", "ResearchInstitute") == [
        "细胞生态海河实验室", "脑机交互与人机共融海河实验室"]


def test_provincial_laboratories_by_either_of_their_names_are_one(tmp_path):
    # data/institutes.csv: the provinces' new laboratories, with the names they are also written by
    facts = facts_of(tmp_path, "深圳高新区携手网络空间科学与技术广东省实验室共建创新平台，并与上海人工智能实验室合作。")
    partners = {o for s, p, o in facts if p == "partnersWith"}
    assert partners == {"鹏城实验室", "浦江实验室"}


def test_harbins_zone_by_the_name_of_its_joint_committee(tmp_path):
    # round 116 (哈尔滨年鉴 2006): the zone and the 经开区 under one committee, 2001-2009
    facts = facts_of(tmp_path, "2006年,哈尔滨经济技术和高新技术产业开发区推动老工业基地调整改造项目入区,哈尔滨重型机器厂、哈尔滨电表厂、"
                     "哈尔滨第二工具厂等一批老工业基地改造项目如期进行。")
    assert ("哈尔滨高新技术产业开发区", "hostsEnterprise", "哈尔滨重型机器厂") in facts


def test_changshas_zone_by_its_byname(tmp_path):
    # round 115 (长沙晚报): 麓谷, the zone's byname, a two-character name that is no place (as 光谷 is 东湖's)
    text = ("2017年第二批省级院士专家工作站公布,三个在麓谷\n此次认定的麓谷企业分别为长沙华时捷环保科技发展股份有限公司;"
            "威胜信息技术有限公司。其中，三家省级院士专家工作站就在麓谷。")
    facts = facts_of(tmp_path, text)
    assert ("长沙高新技术产业开发区", "hostsEnterprise", "威胜信息技术有限公司") in facts


def test_a_page_about_its_zones_nickname_that_names_the_zone_once_among_peers(tmp_path):
    # round 117 (光谷's year in review): 光谷 six times; 东湖高新区 once, in a ranking beside 中关村 and 深圳高新区
    text = ("12月27日,记者从武汉光谷获悉,今年光谷各类市场主体蓬勃成长。截至12月23日,光谷市场主体总量达16.02万户。"
            "2021年,光谷新增5家上市公司:四方光电、中科通达、康圣环球、微创光电、光庭信息。光谷上市公司创始人大多来自教授。"
            "“上市谷”愈加名副其实。《2020国家级高新区资本市场竞争力报告》显示,东湖高新区在资本市场竞争力综合排名第四,"
            "仅次于中关村、深圳高新区。")
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise" and s == "武汉东湖新技术开发区"}
    assert {"四方光电", "光庭信息"} <= hosted


def test_firms_counted_as_a_title_of_many_words_and_verbs_counted_are_not_firms():
    # round 117 (合肥): …、中科普瑞昇5家国家级专精特新“小巨人”企业 (the count's words run long, with quotes);
    # round 110 (合肥): 就招引、培育了近80家…企业 counts what the zone did, no names
    assert kinds("创新院共计培育孵化了中科美络、中科海奥、中科中涣、中科智充、中科普瑞昇5家国家级专精特新“小巨人”企业。",
                 "Enterprise") == ["中科美络", "中科海奥", "中科中涣", "中科智充", "中科普瑞昇"]
    assert kinds("仅用两年时间,合肥高新区就招引、培育了近80家空天信息产业的企业。", "Enterprise") == []


def test_a_words_suffix_left_by_a_cut_opens_no_investor(tmp_path):
    # round 117 (苏州): 服务型制造示范平台, cut after 服务, left 型制造 as a project's investor
    facts = facts_of(tmp_path, "苏州高新区在北京举办招商推介会。现场,国家中小企业公共服务示范平台、服务型制造示范平台、"
                     "集成电路苏州产业创新中心、全国股转系统(新三板)江苏基地4个项目揭牌。")
    assert not any(p == "hostsEnterprise" and o.startswith("型") for s, p, o in facts)


def test_firms_a_citys_sentence_counts_as_the_zones_are_the_zones(tmp_path):
    # round 117 (天津): the city's bureau publishes the list; the page says which of them are 高新区企业
    text = ("近日,天津市工信局发布了《市工业和信息化局关于公布我市第五批市级制造业单项冠军企业名单的通知》,本次全市共认定了30家"
            "市级制造业单项冠军企业,其中麒麟软件有限公司、天津三安光电有限公司、天津空间电源科技有限公司五家高新区企业入选。\n"
            "近年来,高新区经发局通过开展申报前政策宣讲等形式,持续向企业讲解获批制造业单项冠军的价值和意义。")
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise" and s == "天津滨海高新技术产业开发区"}
    assert hosted == {"麒麟软件有限公司", "天津三安光电有限公司", "天津空间电源科技有限公司"}


def test_a_company_visited_in_the_zone_is_the_zones(tmp_path):
    # round 117 (中山): a delegation's visit; the zone named right before the company places it there
    facts = facts_of(tmp_path, "下午前往中山火炬开发区中山迈雷特数控技术有限公司，参观数控系统产业链。")
    assert ("中山火炬高技术产业开发区", "hostsEnterprise", "中山迈雷特数控技术有限公司") in facts


def test_the_company_after_a_preposition_is_no_name():
    # round 117 (昆明): 听取讲解员对公司发展情况的介绍 (对公司: "about the company")
    assert kinds("在云南植物药业公司展厅听取讲解员对公司发展情况的介绍。", "Enterprise") == ["云南植物药业"]


def test_universities_visited_are_no_firms():
    # round 117 (武汉): 下周会走访武汉理工、华科等高校 (the visited list's head says what its items are)
    assert kinds("下周会走访武汉理工、华科等高校,招聘岗位与去年持平。", "Enterprise") == []


def test_pillar_sectors_and_a_public_safety_sector_are_the_zones(tmp_path):
    # round 117 (合肥): the "421" system: 4 leading sectors (one of them 公共安全), 2 pillars, 1 support
    text = ("近年来,合肥高新区构建以新一代信息技术、光伏新能源、生物医药、公共安全为引领,家电、汽车为支柱,"
            "现代服务业为支撑的“421”产业体系。")
    sectors = {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    assert {"安全应急", "智能家电", "汽车", "现代服务业"} <= sectors


def test_a_brand_keeps_a_universitys_short_name_as_written(tmp_path):
    # round 113 (北京, Traditional script): 中科大洋 is a company, not 中国科学技术大学 + 洋
    hosted = _objects(tmp_path, "北青报记者了解到,广联达、中科大洋等科技企业所在的中关村软件园,是专业化园区。", "hostsEnterprise")
    assert "中科大洋" in hosted and not any("中国科学技术大学" in name for name in hosted)


def test_mobile_internet_and_quantum_science_make_a_list_of_sectors(tmp_path):
    # round 113 (北京): with 移动互联 and 量子科学 known, most of the list is sectors, so it is the zone's
    text = ("中关村软件园是专业化园区。\n2020年,园区企业收入3366.3 亿元,在云计算、移动互联、大数据、 人工智能、量子科学、"
            "新型 IT服务、文化与科技融合等方面都形成了全国领先的特色产业集群。")
    sectors = _objects(tmp_path, text, "hasIndustry")
    assert {"云计算", "移动互联网", "大数据", "人工智能", "量子科技", "文化与科技融合"} <= sectors


def test_phosgene_chemicals_and_the_venous_industry_are_sectors(tmp_path):
    # round 110 (白银): six park clusters, two of them 光气化工 and 静脉产业 (recycling, 循环经济)
    text = ("白银高新区着力构建“一核两翼多集群”空间布局,初步形成以科创园为核心,以有色金属、煤化工、光气化工、电池新材料、"
            "生物医药、静脉产业六大“园中园”为集群的发展新格局。")
    assert {"光气化工", "循环经济", "煤化工"} <= _industries(tmp_path, text)


def test_a_quoted_list_counted_after_its_quote_is_a_list_of_sectors(tmp_path):
    # round 113 (咸阳): 围绕“电子显示、生物医药及医疗器械、新型合成材料”三大主导产业
    text = "咸阳高新区聚焦主责主业。围绕“电子显示、生物医药及医疗器械、新型合成材料”三大主导产业,积极谋划引进项目。"
    assert {"电子显示", "新型合成材料"} <= _industries(tmp_path, text)


def test_songshan_lake_alone_is_its_zone_but_not_its_science_city(tmp_path):
    # round 118 (东莞): the zone's short name 松山湖 alone; 松山湖科学城 stays a science city
    assert kinds("作为松山湖生物产业一路发展的发起者和亲历者", "Zone") == ["松山湖"]
    assert kinds("峰会在广东东莞松山湖科学城举行", "Zone") == []


def test_cables_car_parts_and_rubber_are_sectors(tmp_path):
    # rounds 110 (枣庄), 116 (嘉兴) and 113 (咸阳): 线缆, 汽配 and 橡胶 as the annotators wrote them
    assert "电线电缆" in _industries(tmp_path, "枣庄高新区从上游光纤预制棒、光纤光缆;中游设备集成;到下游运营商采购,线缆全产业链示范效应已初步形成。")
    assert "汽车零部件" in _industries(tmp_path, "秀洲高新区通过引进日本丰田、德国伟巴斯特等汽配龙头和新能源产业项目,集研发、生产、检测于一体。")
    assert "橡胶" in _industries(tmp_path, "咸阳高新区加速对现有80多户橡胶企业的分类整治,积极转型升级,发展具有鲜明特色的新型合成材料产业。")


def test_a_preposition_before_a_list_of_legal_names_is_no_part_of_the_first(tmp_path):
    # round 116 (哈尔滨): 对华强实业发展有限责任公司、…等28家重点小企业…重点扶持 ("for", then the names)
    text = "对华强实业发展有限责任公司、星宇工具有限公司、三利亚实业发展有限公司等28家重点小企业重点扶持。"
    assert kinds(text, "Enterprise")[0] == "华强实业发展有限责任公司"


def test_core_main_and_first_sectors_in_a_zones_pattern_are_its_own(tmp_path):
    # rounds 116 (武汉, 天津): 以光通信为核心, 以新能源、软件开发、生物制药为主, 以镍氢电池、锂离子电池为重点
    assert "光通信" in _industries(tmp_path, "经20多年努力,东湖高新区形成以光通信为核心,移动通信、激光、集成电路等竞相发展的产业格局。")
    assert {"新能源", "生物制药"} <= _industries(
        tmp_path, "天津高新区逐步形成以新能源、软件开发、生物制药为主,相应配套产业为辅的高新产业群。")


def test_sectors_after_a_colon_of_their_head_are_no_list_of_other_things(tmp_path):
    # round 115 (重庆): 三大“千亿级”产业,分别是:智能网联新能源汽车及核心器件、软件和信息服务、新型智能终端
    text = ("孙立东介绍,在科学城高新区的产业体系当中,最具辨识度的三大“千亿级”产业,分别是:智能网联新能源汽车及核心器件、"
            "软件和信息服务、新型智能终端,将以此为核构建现代制造业集群体系。")
    assert {"智能网联汽车", "软件和信息技术服务", "智能终端"} <= _industries(tmp_path, text)


def test_a_bare_zone_word_before_a_firms_own_legal_name_is_no_part_of_it():
    # round 119 (宝鸡): 来到高新区海华金属复合材料有限公司; a zone's own company keeps its zone word
    assert kinds("记者随工信部门人员来到高新区海华金属复合材料有限公司,车间几十名工人正在作业。", "Enterprise") == [
        "海华金属复合材料有限公司"]
    assert kinds("高新区城市建设投资有限公司负责园区建设。", "Enterprise") == ["高新区城市建设投资有限公司"]
    # and the zone's science town before one: 来到高新科技城华天科技(宝鸡)有限公司
    assert kinds("下午4时,记者又来到高新科技城华天科技(宝鸡)有限公司,该公司是重点项目。", "Enterprise") == [
        "华天科技(宝鸡)有限公司"]


def test_a_zones_holding_group_and_a_group_supported_are_named_whole():
    # round 119 (西安, 吉安): 西安高新金融控股集团 (not cut at 控股); 支援 ("support") opens no name
    assert kinds("在论坛现场,西安高新金融控股集团与长安汇通签约。", "Enterprise")[0] == "西安高新金融控股集团"
    assert kinds("全力支援先歌集团做优做强、发展壮大。", "Enterprise") == ["先歌集团"]


def test_power_and_storage_batteries_are_one_sector(tmp_path):
    # round 119 (荆门, Traditional script in the page): 动力储能电池产业是荆门高新区的主导产业
    text = "动力储能电池产业是荆门高新区的主导产业,主要包括动力储能电池核心材料、动力储能电池制造、储能系统及应用等。"
    assert "新能源电池" in _industries(tmp_path, text)


def test_a_provinces_cluster_on_a_zones_page_is_not_the_zones(tmp_path):
    # round 119 (西安): 为陕西光子产业创新集群建设提供有力支撑 (the province's cluster, a grade between allowed)
    facts = facts_of(tmp_path, "西安高新区积极作为。为陕西光子产业创新集群建设提供有力支撑,加速陕西千亿元光子产业创新集群建设。")
    assert not any(p == "hasCluster" for s, p, o in facts)
    assert any(p == "clusterIndustry" and s.startswith("陕西") for s, p, o in facts)


def test_a_brand_after_its_arm_in_a_place_is_that_arm(tmp_path):
    # round 119 (厦门): 宸鸿科技(厦门)有限公司 named first, then 宸鸿科技 (a foreign brand) for the same plant
    text = ("市长和来自台湾的宸鸿科技(厦门)有限公司董事长江朝瑞等为该项目动工奠基培土。\n"
            "宸鸿科技该扩建项目占地75900多平方米,是厦门火炬高新区首个当年动工、当年投产的项目。")
    assert _hosted(tmp_path, text) == {"宸鸿科技（厦门）有限公司"}


def test_the_services_a_zone_gives_its_firms_are_not_its_sectors(tmp_path):
    # round 118 (长沙): 构建全周期金融服务体系, 以金融服务为主抓手, 构建全覆盖科技服务体系
    text = ("长沙高新区构建全周期金融服务体系,夯实创新支撑力。以金融服务为主抓手,按照企业成长发展的五个阶段进行梯度培育。"
            "长沙高新区构建全覆盖科技服务体系,提升创新硬实力。")
    assert _industries(tmp_path, text) == set()


def test_a_two_character_name_ending_like_a_brand_is_a_name():
    # round 119 (柳州): 耐世特、凌云等3家企业 (凌云: 凌 and the brand ending 云, not generic words)
    assert kinds("耐世特、凌云等3家企业获得国家专精特新企业认证。", "Enterprise") == ["耐世特", "凌云"]


def test_an_academys_centre_of_innovation_and_incubation_is_its_institute(tmp_path):
    # round 119 (南昌): 中科院江西产业技术创新与育成中心 (not cut at 与, not 中国科学院 itself)
    facts = facts_of(tmp_path, "去年,随着中科院江西产业技术创新与育成中心、北京大学南昌创新研究院等一批大院大所平台的落户建设,"
                               "南昌高新区创新能力提升。")
    assert ("南昌高新技术产业开发区", "partnersWith", "中国科学院江西产业技术创新与育成中心") in facts
    assert ("中国科学院江西产业技术创新与育成中心", "subOrganizationOf", "中国科学院") in facts


def test_a_series_of_clauses_each_opened_by_a_company_building_something(tmp_path):
    # round 112 (苏州): 其中，力神电池总投资50亿元建设…；捷德航空致力于建设…；长城华冠建设…；易泰博建设…
    text = ("苏州高新区举行重点项目集中开工仪式。其中,力神电池总投资50亿元建设华东地区新能源材料的研发生产和销售基地;"
            "捷德航空致力于建设集生产制造、飞行服务等功能于一体的通航产业基地;长城华冠建设中国最前沿的新能源产业技术研发及创新中心;"
            "易泰博建设瑞典ITAB集团在亚洲的发展中心。")
    assert {"捷德航空", "长城华冠", "易泰博"} <= _hosted(tmp_path, text)


def test_the_firms_of_a_list_of_land_grants_are_the_zones(tmp_path):
    # round 107 (池州): 工业用地850亩,分别为明坤二期135亩,金池二期15亩,鸿亮80亩,…,起帆电缆400亩
    text = ("池州高新区今年供应土地1200亩,其中工业用地850亩,分别为明坤二期135亩,金池二期15亩,鸿亮80亩,鼎诚钢构50亩,"
            "蓝云物流70亩,富山阀门50亩,新茂新材料50亩,起帆电缆400亩。")
    hosted = _hosted(tmp_path, text)
    assert {"明坤", "金池", "鸿亮", "鼎诚钢构", "蓝云物流", "富山阀门", "新茂新材料"} <= hosted
    assert not any("用地" in name or "分别" in name for name in hosted)


def test_projects_named_in_brackets_after_what_they_make_name_their_firms(tmp_path):
    # round 112 (襄阳): 第一台液晶电视（襄阳惠冠电子项目）、…、第一台摄像机（高迪数码项目）
    text = ("襄阳高新区在电子信息产业领域成功实现“四个一”即第一台液晶电视（襄阳惠冠电子项目）、第一台笔记本（襄阳好的数码项目"
            "正在安装设备）、第一台摄像机（高迪数码项目）、第一台手机（极泰手机项目已动工）零的突破。")
    assert {"襄阳惠冠电子", "高迪数码"} <= _hosted(tmp_path, text)


def test_a_list_of_projects_after_there_are_names_its_firms(tmp_path):
    # round 107 (江都): 西边则有纳力新材料、和熠光显等大项目 (有: "there are", no part of the first name)
    text = "江都高新区东侧的博恒新材料、创合新材料等企业一字排开，西边则有纳力新材料、和熠光显等大项目。"
    assert {"纳力新材料", "和熠光显"} <= _hosted(tmp_path, text)


def test_a_list_of_fields_put_first_is_a_list_of_sectors(tmp_path):
    # round 108 (肇庆): 以健康食品、饮用水、粮油深加工、保健食品等领域为重点 (领域 between 等 and 为重点)
    text = "肇庆高新区将以健康食品、饮用水、粮油深加工、保健食品等领域为重点,共同做大产业链体系。"
    assert {"健康食品", "饮用水", "粮油深加工", "保健食品"} <= _industries(tmp_path, text)


def test_a_sector_said_to_be_one_of_the_zones_leading_ones(tmp_path):
    # round 108 (肇庆): 高端食品行业作为肇庆高新区“主导+特色”产业之一 (a sector the taxonomy does not know)
    assert "高端食品" in _industries(tmp_path, "高端食品行业作为肇庆高新区“主导+特色”产业之一,近年来发展迅速。")


def test_core_car_parts_name_a_cluster_of_car_parts(tmp_path):
    # round 109 (常州): 共同构筑起新能源汽车及汽车核心零部件千亿产业集群
    facts = facts_of(tmp_path, "常州高新区相关链上近3000家企业,共同构筑起新能源汽车及汽车核心零部件千亿产业集群。")
    assert ("常州高新技术产业开发区", "hasIndustry", "汽车零部件") in facts


def test_the_fields_a_product_is_applied_to_are_not_the_zones_sectors(tmp_path):
    # round 119 (自贡): 研发的…石墨材料…现已实现批量生产,应用到机械制造、轨道交通等领域
    text = "自贡高新区碳材院研发的高纯石墨材料性能领先,现已实现批量生产,应用到机械制造、轨道交通等领域。"
    assert not {"机械制造", "轨道交通装备"} & _industries(tmp_path, text)


def test_fields_the_zone_is_known_for_are_its_sectors(tmp_path):
    # round 30 (兰州): 已经在生物疫苗、多肽创新药研发、医美、中医药、高端医疗器械等方面形成了鲜明特色
    text = "兰州高新区已经在生物疫苗、多肽创新药研发、医美、中医药、高端医疗器械等方面形成了鲜明特色。"
    assert {"疫苗", "医美", "中医药"} <= _industries(tmp_path, text)


def test_sectors_listed_under_a_broad_head_and_its_sectors_are_the_zones(tmp_path):
    # round 18 (衡阳, Traditional script in the page): 涵盖软件、信息技术、区块链、移动互联网等数字经济的主要产业
    sectors = _industries(tmp_path, "衡阳高新区涵盖软件、信息技术、区块链、移动互联网等数字经济的主要产业。")
    assert {"区块链", "移动互联网", "数字经济"} <= sectors


def test_sectors_counted_under_a_shared_institute_ending_name_each_its_institute(tmp_path):
    # round 14 (南通): 成功组建家纺、现代建筑、海洋工程装备三大产业研究院 (each the 产业研究院 of its sector)
    partners = _objects(tmp_path, "南通高新区成功组建家纺、现代建筑、海洋工程装备三大产业研究院,以创新平台建设引领特色产业发展。",
                        "partnersWith")
    assert partners == {"家纺产业研究院", "现代建筑产业研究院", "海洋工程装备产业研究院"}


def test_there_are_before_bodies_counted_under_a_shared_ending_is_no_part_of_the_first():
    # 武汉东湖高新区有光谷、珞珈、…等5个湖北实验室 (有: "there are"; the first lab is 光谷实验室)
    names = [m.name for m in find_mentions("武汉东湖高新区有光谷、珞珈、江城、东湖、九峰山等5个湖北实验室。")
             if m.kind == "ResearchInstitute"]
    assert names[0] == "光谷实验室"


def test_a_zone_using_a_group_and_a_counted_lists_last_firm(tmp_path):
    # round 120 (大庆): 大庆高新区将利用中石油集团在大庆建设五大基地 (the zone is the subject, not a company's name);
    # 力争完成路通科技、大正乳品等5家企业成功上市 (the list's 等 is no part of the last name)
    hosted = _hosted(tmp_path, "同时,大庆高新区将利用中石油集团在大庆建设五大基地等有利契机。力争完成路通科技、大正乳品等5家企业成功上市。")
    assert "大正乳品" in hosted and not any("利用" in name or name.endswith("等") for name in hosted)


def test_works_done_in_a_list_of_projects_name_no_investor(tmp_path):
    # round 120 (大庆): 将启动吉利沃尔沃汽车整装、央企工业园、铁路专用线建设等众多大项目
    hosted = _hosted(tmp_path, "大庆高新区将启动吉利沃尔沃汽车整装、央企工业园、铁路专用线建设等众多大项目。")
    assert not any(name.endswith("建设") for name in hosted)


def test_an_institutes_name_in_quotes_is_read_whole(tmp_path):
    # round 120 (烟台): 参观了“长效和靶向制剂国家重点实验室” (not cut at 和)
    assert kinds("领导们参观了“长效和靶向制剂国家重点实验室”、生物技术中心。", "ResearchInstitute")[0] == "长效和靶向制剂国家重点实验室"


def test_a_known_companys_arm_in_a_city_is_named_as_written(tmp_path):
    # round 120 (武汉): 位于光谷生物城的华大基因武汉公司 (the arm, under 华大基因)
    facts = facts_of(tmp_path, "东湖高新区的华大基因武汉公司加紧生产检测试剂盒。")
    assert ("武汉东湖新技术开发区", "hostsEnterprise", "华大基因武汉公司") in facts
    assert any(s == "华大基因武汉公司" and p == "subOrganizationOf" for s, p, o in facts)


def test_the_field_a_technology_is_applied_in_is_the_item_not_the_technology():
    # round 120 (重庆): 完成石墨烯技术在显示触控屏、电子芯片散热、锂电池等配套应用产业链的布局
    names = kinds("高新区已基本完成石墨烯技术在显示触控屏、电子芯片散热、锂电池等配套应用产业链的布局。", "Industry")
    assert "显示触控屏" in names and not any("在" in name for name in names)


def test_the_fields_of_an_institutes_standards_work_are_not_the_zones_sectors(tmp_path):
    # round 120 (昆山): 该院高新技术标准化研究所…积极开展大数据、区块链和人工智能等领域的标准化工作
    text = ("昆山高新区签约中国标准化研究院研究基地。该院高新技术标准化研究所近年来积极开展大数据、区块链和人工智能等领域的"
            "标准化工作,取得一系列显著成果。")
    assert not {"大数据", "区块链", "人工智能"} & _industries(tmp_path, text)


def test_the_documents_under_a_basis_heading_are_carried_out_by_the_zone(tmp_path):
    # round 120 (济宁): a policy explainer's 二、 决策依据, then the documents on a line of their own
    text = ("《济宁高新区加快推进国家高新技术产业标准化示范区试点建设工作方案》已经区管委同意正式印发。\n二、 决策依据\n"
            "《国家标准委办公室关于下达2017年国家高新区技术产业标准化试点项目的通知》(标委办工二〔2017〕233号)、"
            "《国家高新技术产业标准化试点示范指导意见》。\n三、 出台目的\n该文件的出台,主要是细化工作方案。")
    policies = _objects(tmp_path, text, "implementsPolicy")
    assert "国家高新技术产业标准化试点示范指导意见" in policies


def test_a_citys_party_committee_and_government_issue_what_they_publish(tmp_path):
    # round 23 (珠海): 珠海市委、市政府出台《完善珠海国家高新区管理体制推动高质量发展的若干意见》 (not the zone's own)
    facts = facts_of(tmp_path, "2019年8月,珠海市委、市政府出台《完善珠海国家高新区管理体制推动高质量发展的若干意见》。")
    issuers = {o for s, p, o in facts if p == "issuedBy"}
    assert issuers == {"中共珠海市委员会", "珠海市人民政府"}


def test_a_zone_publishing_a_title_first_in_the_country_issues_it(tmp_path):
    # round 111 (合肥): 合肥高新区率先发布《未来产业发展规划》 (an adverb between the zone and its verb)
    facts = facts_of(tmp_path, "2021年,合肥高新区率先发布《未来产业发展规划》,努力打造量子信息科技双高地。")
    assert ("未来产业发展规划", "issuedBy", "合肥高新技术产业开发区") in facts


def test_four_short_names_or_more_counted_as_projects_are_firms(tmp_path):
    # round 30 (肇庆): …等23个项目集中动工;法拉达、粤新、浩宇、美而达、唯美等22个项目集中竣工投产
    text = ("肇庆高新区重大项目建设提速。创智、兴乐、华润、辉德、美艺等23个项目集中动工,计划投资总额67亿元;"
            "法拉达、粤新、浩宇、美而达、唯美等22个项目集中竣工投产,计划总投资达65亿元。")
    assert {"法拉达", "粤新", "浩宇", "美而达", "唯美"} <= _hosted(tmp_path, text)


def test_one_sector_leading_the_zones_chain_is_its_own(tmp_path):
    # round 120 (威海): 形成以高端医用材料为特色的产业链 (a sector the taxonomy does not know)
    assert "高端医用材料" in _industries(tmp_path, "威海高新区医疗器械产业园形成以高端医用材料为特色的产业链。")


def test_a_known_company_with_its_business_written_out_is_named_whole(tmp_path):
    # round 120 (武汉): 武汉新芯集成电路制造公司也一直没有停产 (not 武汉新芯 alone)
    assert kinds("数公里之外,武汉新芯集成电路制造公司也一直没有停产。", "Enterprise") == ["武汉新芯集成电路制造公司"]


def test_two_firms_joined_by_and_and_counted_are_the_zones(tmp_path):
    # round 27 (青岛): 拥有海尔生物和易邦生物两家市级“链主”企业
    hosted = _hosted(tmp_path, "青岛高新区已集聚相关经营主体1000余家,拥有海尔生物和易邦生物两家市级“链主”企业。")
    assert {"海尔生物", "易邦生物"} <= hosted


def test_a_list_headed_as_financial_institutions_names_firms(tmp_path):
    # round 24 (南京): 工银金融资产投资公司、供销金融等20 余家新金融机构…集聚新区
    text = ("南京高新区大力发展新金融产业,工银金融资产投资公司、供销金融等20 余家新金融机构和华泰证券产业基金等80 余支基金"
            "集聚新区。")
    assert "供销金融" in _hosted(tmp_path, text)


def test_factories_named_by_their_place_and_what_they_make_are_firms():
    # round 116 (哈尔滨): 哈尔滨重型机器厂、哈尔滨电表厂、哈尔滨第二工具厂等一批老工业基地改造项目 (not a count, a 公司 or a 工厂)
    names = kinds("推动老工业基地调整改造项目入区,哈尔滨重型机器厂、哈尔滨电表厂、哈尔滨第二工具厂等一批老工业基地改造项目"
                  "如期进行。", "Enterprise")
    assert {"哈尔滨重型机器厂", "哈尔滨电表厂", "哈尔滨第二工具厂"} <= set(names)
    assert kinds("随州市相继兴建了湖北弛乐汽车股份有限公司3家专用汽车厂。", "Enterprise") == ["湖北弛乐汽车股份有限公司"]


def test_a_companys_main_business_and_its_markets_are_not_the_zones_sectors(tmp_path):
    # round 120 (东湖): 公司…以可再生能源电站开发和运营为主业; round 117 (东湖): 在半导体和医疗等新兴市场的研发生产
    assert _industries(tmp_path, "东湖高新区企业座谈会上，桂凯表示，公司创立近20年来，始终坚持以可再生能源电站开发和运营为主业。") == set()
    text = "东湖高新区的安扬激光新兴市场研发生产项目总投资5亿元，致力于超快光纤激光器在半导体和医疗等新兴市场的研发生产。"
    assert "半导体" not in _industries(tmp_path, text)
    # round 18: the revenue of the zone's leading sectors (主营业务收入) leaves them the zone's
    text = "去年，长春高新区生物医药、汽车及零配件、电子信息等三大主导产业，实现主营业务收入325.9亿元。"
    assert {"生物医药", "电子信息"} <= _industries(tmp_path, text)


def test_parts_of_a_sentence_each_opened_by_its_own_zone_are_each_that_zones(tmp_path):
    # round 121 (湖南): three zones, one per part between semicolons; the sentence had been about none of
    # them (three zones), and with two, the second part's sectors went to the first zone
    text = ("如长沙高新区依托三一集团、中联重科、山河智能等龙头企业，重点发展高端工程抢险救援装备；株洲高新区发挥轨道交通"
            "产业优势，聚焦铁路救援领域；湘潭高新区深耕矿山安全装备，致力打造国家防护装备研发与物资储备中心。")
    facts = facts_of(tmp_path, text)
    assert ("长沙高新技术产业开发区", "hostsEnterprise", "中联重科") in facts
    assert ("株洲高新技术产业开发区", "hasIndustry", "轨道交通装备") in facts
    text = "如长沙高新区依托三一集团、中联重科等龙头企业，重点发展工程机械；株洲高新区发挥轨道交通产业优势，聚焦铁路救援领域。"
    sectors = {(s, o) for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    assert ("长沙高新技术产业开发区", "轨道交通装备") not in sectors and ("株洲高新技术产业开发区", "轨道交通装备") in sectors


def test_a_short_name_after_a_sectors_leading_firm_head_is_a_firm(tmp_path):
    # round 121 (江门): 应急储能龙头企业泽塔电源去年9月投产, …系统龙头企业东君照明、艺光占…: no company ending, the
    # head vouches; not what leading firms do (龙头企业争先恐后), nor a name cut short (龙头企业丰田研发担任…)
    text = "江门高新区应急储能龙头企业泽塔电源去年9月投产，消防照明及智能疏散系统龙头企业东君照明、艺光占国内市场份额超20%。"
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert {"泽塔电源", "东君照明"} <= hosted
    text = "常熟高新区内龙头企业丰田研发担任理事长单位。"
    assert "丰田汽车公司" not in {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}


def test_help_given_to_firms_is_no_part_of_the_first_name(tmp_path):
    # round 121 (咸宁): 帮助和乐门业、合加新能源…等企业推介产品 (not a firm named 帮助和乐门业)
    text = "截至7月，咸宁高新区指导有关企业争取低息贷款2.34亿元，帮助和乐门业、合加新能源、志特新材料等企业推介产品。"
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert "和乐门业" in hosted and "帮助和乐门业" not in hosted


def test_a_zones_company_named_after_its_short_name_keeps_it(tmp_path):
    # round 121 (成都): 成都高新区电子信息产业发展有限公司, the zone's own company, had lost 成都高新区
    text = "联东集团将联合成都高新区电子信息产业发展有限公司等，共同成立合资公司推进项目建设。"
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert "成都高新区电子信息产业发展有限公司" in hosted and "电子信息产业发展有限公司" not in hosted


def test_a_known_group_then_an_unknown_unit_by_its_brand_names_the_unit(tmp_path):
    # round 121 (株洲): 国家电投集团五凌电力总投资36亿元…: the unit (五凌电力) is the zone's, the group its parent
    facts = facts_of(tmp_path, "株洲高新区有产业带动的“标志”：国家电投集团五凌电力总投资36亿元新能源产业基地项目。")
    assert ("株洲高新技术产业开发区", "hostsEnterprise", "五凌电力") in facts
    assert ("五凌电力", "subOrganizationOf", "国家电投") in facts
    assert not any(o.startswith("国家电投") for s, p, o in facts if p == "hostsEnterprise")


def test_every_firm_of_a_list_visited_in_the_zone_is_the_zones(tmp_path):
    # round 121 (苏州): 实地考察苏州高新区的A、B: B, after A, had been read as a firm the visitors courted
    text = "专家组实地考察苏州高新区的普源精电科技股份有限公司、苏州天准科技股份有限公司、科栖产业园。"
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert {"普源精电科技股份有限公司", "苏州天准科技股份有限公司"} <= hosted


def test_what_a_zone_already_has_is_no_company_of_its_own(tmp_path):
    # round 121 (苏州)'s sentence with its zone named: 苏州高新区已有上市公司鱼跃医疗…, no company named 苏州高新区已有上市公司
    text = "苏州高新区已有上市公司鱼跃医疗、乐普医疗等国内名企，心擎医疗、诺一迈尔等437家企业集聚。"
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert "心擎医疗" in hosted and not any(o.startswith("苏州高新区") for o in hosted)


def test_a_sector_written_right_after_a_company_is_its_project(tmp_path):
    # round 121 (株洲): 宏达电子5G电子元器件、阿里云智能物联网产业基地项目开工建设: the companies' projects, not the zone's
    # sectors; the firms' own sector after 等 stays the zone's (伟巴斯特等汽配龙头: test_cables_car_parts_…)
    text = "株洲高新区3月初在湖南省集中开工活动上，宏达电子5G电子元器件、阿里云智能物联网产业基地项目开工建设。"
    assert _industries(tmp_path, text) == set()


def test_bodies_signing_with_a_government_are_its_partners_not_the_zones(tmp_path):
    # round 121 (佛山): A、B、C与南海区政府四方签署…: neither partners nor firms of the zone; the zone signing too keeps them
    text = ("佛山高新区南海园内，广东工业大学、武汉华中数控股份有限公司、清华珠三角研究院与南海区政府四方签署"
            "《共同推进“中国（广东）机器人集成创新中心”建设框架协议》。")
    facts = facts_of(tmp_path, text)
    assert not {o for s, p, o in facts if p in ("partnersWith", "hostsEnterprise")} & {
        "广东工业大学", "武汉华中数控股份有限公司", "清华大学珠三角研究院"}
    text = "广东工业大学与佛山市政府、佛山高新区管委会签署合作协议。"
    assert ("佛山高新技术产业开发区", "partnersWith", "广东工业大学") in facts_of(tmp_path, text)


def test_the_fields_of_testing_bodies_a_zone_brings_in_are_not_its_sectors(tmp_path):
    # round 121 (贵阳): 重点引进大数据、高端装备、生物医药、食品安全等第三方检验检测认证机构
    text = "贵阳高新区园区将会重点引进大数据、高端装备、生物医药、食品安全等第三方检验检测认证机构。"
    assert _industries(tmp_path, text) == set()


def test_our_provinces_or_citys_cluster_and_sector_are_not_the_zones(tmp_path):
    # round 121 (株洲): 做强做大我省硬质合金产业集群; round 24 (郴州): 宇腾有色是我市有色金属产业龙头企业之一
    text = "株洲高新区：李友志在致辞中指出，建设精密工具产业园，对做强做大我省硬质合金产业集群具有重要意义。"
    facts = facts_of(tmp_path, text)
    assert not [f for f in facts if f[1] in ("hasCluster", "clusterIndustry", "hasIndustry")]
    assert _industries(tmp_path, "郴州高新区的宇腾有色是我市有色金属产业龙头企业之一。") == set()


def test_a_groups_unit_named_after_a_known_company_of_the_group_belongs_to_that_company(tmp_path):
    # round 121 (唐山): 中信重工开诚智能装备有限公司 -> 中信重工, not straight to 中信; round 115 (重庆): 中冶赛迪信息 -> 中冶赛迪;
    # a group of its own (中信泰富特钢集团) stays the top group's (test_a_groups_units_belong_to_it_…)
    text = "唐山高新区的中信重工开诚智能装备有限公司厂区内，一台巡检机器人正在行进。重庆高新区招引的企业中，既有三安意法、中冶赛迪信息这样的产业龙头。"
    facts = facts_of(tmp_path, text)
    assert ("中信重工开诚智能装备有限公司", "subOrganizationOf", "中信重工机械股份有限公司") in facts
    assert ("中冶赛迪信息", "subOrganizationOf", "中冶赛迪") in facts


def test_a_product_taken_as_a_way_in_is_no_company(tmp_path):
    # round 121 (唐山): 2016年以消防机器人为切入点全面进入特种机器人领域
    text = "唐山高新区特种机器人产业加快发展。位于高新区的开诚智能是我市培育出的全国特种机器人领军企业，2016年以消防机器人为切入点全面进入特种机器人领域。"
    assert "消防机器人" not in {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}


def test_the_companys_fields_after_a_bare_gongsi_subject_are_not_the_zones(tmp_path):
    # round 122 (枣庄): 公司始终瞄准光通信产业领域，从光棒、光纤、光缆研发生产到光器件…，承载着…轨道交通、智能电网…等重大工程
    text = ("枣庄高新区智光通信产业园项目建设加快。公司始终瞄准光通信产业领域，从光棒、光纤、光缆研发生产到光器件、光网络等下游产业链，"
            "承载着31个省区的轨道交通、智能电网、信息通信等重大工程。")
    assert not _industries(tmp_path, text) & {"光纤", "光棒", "智能电网", "轨道交通装备", "信息通信"}


def test_a_grade_a_count_or_a_place_is_no_sector(tmp_path):
    # round 122 (苏州): 加速打造一流光子产业创新集群 (一流 grades it); (常熟): 辐射多产业集群 (many sectors);
    # (徐州): 形成以徐州铜山为核心的特色产业示范城市 (a city and its district)
    facts = facts_of(tmp_path, "苏州高新区加速打造一流光子产业创新集群。")
    assert ("苏州高新技术产业开发区", "hasCluster", "苏州高新区光子产业集群") in facts
    assert not any("一流" in o for s, p, o in facts)
    text = "佰傲再生常熟高新区产业园试投产，将打造国内再生医学产业化规模最大、辐射多产业集群的现代化高科技智慧产业园区。"
    assert not any("辐射多" in o for s, p, o in facts_of(tmp_path, text))
    assert "徐州铜山" not in _industries(tmp_path, "徐州高新区构筑以传感器为核心的产业生态链，形成以徐州铜山为核心的特色产业示范城市。")
    # round 123 (苏州): 全力构建最全产业链、最强产业集群、最优产业生态 (a superlative)
    text = "据悉，苏州高新区将全力构建最全产业链、最强产业集群、最优产业生态。"
    assert not any("最" in o for s, p, o in facts_of(tmp_path, text))


def test_a_counted_head_then_a_dash_lists_sectors(tmp_path):
    # round 122 (东湖): 三个核心特色产业——文漫影游、教育出版、直播电竞；两个规模支撑产业——创意设计服务、文化信息服务
    text = ("2019-2021年，东湖高新区文化科技产业将重点发展六大领域，分别为：三个核心特色产业——文漫影游、教育出版、直播电竞；"
            "两个规模支撑产业——创意设计服务、文化信息服务；一个优质潜力产业——文化消费终端。")
    assert {"文漫影游", "教育出版", "直播电竞", "创意设计服务", "文化信息服务", "文化消费终端"} <= _industries(tmp_path, text)


def test_a_policy_published_with_no_body_named_is_the_sentences_zones(tmp_path):
    # round 122 (苏州): 一项项政策发布，一个个载体相继打造：发布“高光20条”支持政策 (the zone of the article publishes it)
    text = "苏州高新区加速打造光子产业创新集群。一项项政策发布，一个个载体相继打造：发布“高光20条”支持政策，设立太湖光子中心。"
    facts = facts_of(tmp_path, text)
    assert ("苏州高新技术产业开发区", "implementsPolicy", "高光20条") in facts
    assert ("高光20条", "issuedBy", "苏州高新技术产业开发区") in facts


def test_a_company_named_by_its_regional_headquarters_is_a_firm(tmp_path):
    # round 122 (苏州): 金橙子中国研发总部在苏州高新区…开工建设; round 119 (烟台): 艾多美中国总部…, and 首家跨国公司 names
    # no company of the zone's own; round 18 (乐山): 金螳螂川西南总部 (川西南 is the region)
    assert "金橙子" in {o for s, p, o in facts_of(tmp_path, "金橙子中国研发总部在苏州高新区太湖科学城功能片区开工建设。")
                      if p == "hostsEnterprise"}
    hosted = {o for s, p, o in facts_of(tmp_path, "艾多美中国总部成功获批烟台高新区首家跨国公司地区总部。") if p == "hostsEnterprise"}
    assert hosted == {"艾多美"}
    hosted = {o for s, p, o in facts_of(tmp_path, "乐山高新区引进北京大账房西南总部、金螳螂川西南总部等总部企业。") if p == "hostsEnterprise"}
    assert "金螳螂川" not in hosted


def test_a_roll_of_firms_each_after_its_description_names_them(tmp_path):
    # round 122 (东湖, Traditional script): …的全球领先新型语言信息服务企业传神语联，…的知名原创动漫企业两点十分，…; one such
    # phrase alone names nothing (…的高科技企业越来越多: round 27)
    text = ("媒体采访团走进位于东湖高新区的光谷里文创展示中心。中国最大、亚洲前五的全球领先新型语言信息服务企业传神语联，"
            "参与现象级国产动漫《哪吒》创作的知名原创动漫企业两点十分，着眼全球市场的游戏开发企业铃空网络……")
    # (两点十分 is made of everyday words, 两点 and 十分, and stays unread)
    assert {"传神语联", "铃空网络"} <= {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    text = "在常州高新区，这样融入长三角一体化的高科技企业越来越多，他们充分发挥常州市的优势。"
    assert not {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}


def test_what_a_sector_is_as_a_part_of_others_leaves_the_others_out(tmp_path):
    # round 122 (徐州): 传感器作为电子信息装备制造业中的基础类产品…: 电子信息 and 装备制造 are not the zone's sectors
    text = ("徐州高新区共建传感器科技产业园。电子标准院林宁表示，传感器作为电子信息装备制造业中的基础类产品和国家重点发展的"
            "新型电子元器件中的特种元器件，被国内外公认为具有发展前途的高技术产业。")
    sectors = _industries(tmp_path, text)
    assert "传感器" in sectors and not sectors & {"电子信息", "装备制造"}


def test_words_before_a_list_of_firms_and_its_last_two_joined_by_ji(tmp_path):
    # round 123 (宜昌): 先后深入到恒信、南玻及盟科三家企业; (黄石): 周边有长城汽车、立中车轮…; (青岛): 充分调动海尔集团…
    hosted = lambda text: {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert hosted("宜昌高新区成立工作专班，先后深入到恒信、南玻及盟科三家企业宣传疫情防控相关政策。") == {"恒信", "南玻", "盟科"}
    assert "周边有长城汽车" not in hosted("中堰村位于大冶湖高新区罗家桥街道，周边有长城汽车、立中车轮、迪峰科技等大型企业。")
    assert "充分调动海尔集团" not in hosted("青岛高新区产业园也将充分调动海尔集团优质资源库。")


def test_a_vocational_college_by_its_short_ending_is_an_institute(tmp_path):
    # round 123 (株洲): 湖南铁道职院、湖南铁路科技职院分别与株洲国家高新区…签约 (职院: 职业技术学院, as the press writes it)
    text = "湖南铁道职院、湖南铁路科技职院分别与株洲国家高新区、田心高科园管委会签约，揭牌成立湖南铁道职院田心高科产业学院。"
    partners = {o for s, p, o in facts_of(tmp_path, text) if p == "partnersWith"}
    assert {"湖南铁道职院", "湖南铁路科技职院"} <= partners
    # (嘉兴): 成员院校涵盖了嘉兴市全部高职院校: 高职院校 is vocational colleges in general, no name
    text = "秀洲高新区与职教集团对接，成员院校涵盖了嘉兴市全部高职院校，本市级全部中职院校。"
    assert not [f for f in facts_of(tmp_path, text) if f[1] == "partnersWith"]


def test_a_cluster_right_after_a_verb_of_growing_it_is_named_by_its_sector(tmp_path):
    # round 122 (济南): 引领带动透明质酸产业集群的发展升级 (a sector the taxonomy does not know)
    text = "济南高新区将共同推动世界透明质酸谷项目加速落地，引领带动透明质酸产业集群的发展升级，助推透明质酸产业迈入新的发展阶段。"
    facts = facts_of(tmp_path, text)
    assert ("济南高新技术产业开发区", "hasCluster", "济南高新区透明质酸产业集群") in facts
    assert ("济南高新区透明质酸产业集群", "clusterIndustry", "透明质酸") in facts


def test_a_sector_as_a_sentences_subject_speaks_of_sectors_in_general(tmp_path):
    # round 124 (西安): 低空经济，一端连接着航空制造、新材料、动力电池等先进制造业集群…; (东湖): 算力不仅能训练…，还深刻影响着
    # 自动驾驶、智能机器人、精准医疗等领域; not a plan's heading of its zone's sector (round 26: 医药健康产业，新型肝病药物…)
    text = "西安高新区低空经济发展迅速。低空经济，一端连接着航空制造、新材料、动力电池等先进制造业集群，另一端连接着数字经济、智慧物流等新业态。"
    facts = facts_of(tmp_path, text)
    assert not [f for f in facts if f[1] in ("hasCluster", "clusterIndustry")]
    assert not {o for s, p, o in facts if p == "hasIndustry"} & {"航空制造", "新材料", "新能源电池"}
    text = "光谷算力产业加快发展。算力不仅能训练、部署大模型，还深刻影响着自动驾驶、智能机器人、精准医疗等领域的技术突破。"
    assert not _industries(tmp_path, text) & {"自动驾驶", "机器人", "精准医疗"}


def test_sectors_counted_as_segments_or_sub_trades_are_the_zones(tmp_path):
    # round 124 (成都): …、高性能医疗器械、生物服务和大健康服务五大细分领域，聚焦新型疫苗、体外诊断、药物研发及生产外包等14个子行业
    text = ("成都高新区天府国际生物城围绕“5+N”模式，确定生物技术药、创新型化学制剂、高性能医疗器械、生物服务和大健康服务五大细分领域，"
            "聚焦新型疫苗、体外诊断、药物研发及生产外包等14个子行业。")
    assert {"生物服务", "大健康服务", "新型疫苗", "药物研发及生产外包"} <= _industries(tmp_path, text)


def test_the_fields_a_zone_has_its_edge_in_are_its_sectors(tmp_path):
    # round 124 (东湖): 光谷生物城…在生物医药、生物医学工程、生物农业、个体化医疗、生物服务等方面形成比较优势
    text = "东湖高新区光谷生物城建设9年来，在生物医药、生物医学工程、生物农业、个体化医疗、生物服务等方面形成比较优势。"
    assert {"生物医学工程", "个体化医疗", "生物服务"} <= _industries(tmp_path, text)


def test_a_firm_placed_in_the_zone_after_its_kind_is_the_zones(tmp_path):
    # round 124 (西安): “天马-1000”由位于西安高新区的企业西安爱生技术集团有限公司自主研发 (企业 opened the legal name, and
    # the firm placed in the zone was read as another company)
    text = "“天马-1000”由位于西安高新区的企业西安爱生技术集团有限公司自主研发。"
    assert ("西安高新技术产业开发区", "hostsEnterprise", "西安爱生技术集团有限公司") in facts_of(tmp_path, text)


def test_a_road_named_among_projects_is_no_investor(tmp_path):
    # round 124 (长沙): …、城建电气设备生产基地、岳麓大道南北辅道三大项目…启动建设 (岳麓 names a road)
    text = "今天上午，中国联通湖南长沙云计算中心、城建电气设备生产基地、岳麓大道南北辅道三大项目在长沙高新区麓谷同时启动建设。"
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert "城建电气" in hosted and "岳麓" not in hosted


def test_a_department_joined_to_a_university_is_no_part_of_its_name(tmp_path):
    # round 124 (青岛): 省科技厅、省工信厅和康复大学（筹）有关负责同志 (not an institute named 省工信厅和康复大学)
    names = [m.name for m in find_mentions("省科技厅、省工信厅和康复大学（筹）有关负责同志，高新区负责同志参加。") if m.kind == "ResearchInstitute"]
    assert names == ["康复大学"]


def test_a_citys_park_the_text_places_in_a_zone_speaks_for_that_zone(tmp_path):
    # round 121 (江门): 以江门高新区为核心建设的江门市安全应急产业园…；揭牌以来，江门市安全应急产业园吸引…。应急储能龙头企业
    # 泽塔电源…: the city's park, and its paragraph, are the zone's (the city had been the subject)
    text = ("以江门高新区为核心建设的江门市安全应急产业园，实现从荒地鱼塘到厂房林立的跨越式发展。\n"
            "揭牌以来，江门市安全应急产业园吸引众多优质项目纷至沓来。应急储能龙头企业泽塔电源去年9月投产，首季度产值就超1亿元。")
    assert ("江门高新技术产业开发区", "hostsEnterprise", "泽塔电源") in facts_of(tmp_path, text)
    # round 124 (青岛): 青岛市生物医药及医疗器械产业园、…揭牌…仪式在青岛高新区举行 … 青岛市生物医药及医疗器械产业园…重点发展…
    text = ("4月6日下午，青岛市生物医药及医疗器械产业园、青岛市精密仪器仪表产业园揭牌暨国药科技城项目启动仪式在青岛高新区举行。\n"
            "青岛市生物医药及医疗器械产业园总占地4630亩，重点发展生物医药领域的生物创新药、医疗器械领域的体外诊断。")
    assert {"生物医药", "体外诊断"} <= _industries(tmp_path, text)


def test_a_narrower_sector_before_a_count_or_as_the_sentences_subject(tmp_path):
    # round 123 (平顶山): 锚定尼龙新材料和电气装备制造两大主导产业 (the count ended no item, so 电气装备制造 was read as 装备制造)
    text = "近年来，平顶山高新区锚定尼龙新材料和电气装备制造两大主导产业，全力推进产业园区建设。"
    assert {"尼龙新材料", "电气装备制造"} <= _industries(tmp_path, text)
    # round 125 (平顶山): a sentence opening with the sector it is about
    text = "平顶山高新区位于平顶山市区西部。\n电气装备制造产业是平顶山高新区重点发展的主导产业之一。"
    assert "电气装备制造" in _industries(tmp_path, text) and "装备制造" not in _industries(tmp_path, text)


def test_no_sector_inside_a_word_that_names_none(tmp_path):
    # round 125 (海口): 是“21世纪海上丝绸之路”的重要产业支点园区 (丝绸 read as the zone's sector)
    text = "海口国家高新技术产业开发区成立于1991年，更是“21世纪海上丝绸之路”的重要产业支点园区。"
    assert "丝绸" not in _industries(tmp_path, text)


def test_a_zone_written_before_its_city_and_park_or_by_its_local_short_form(tmp_path):
    # round 126 (佛山): 签约落户国家高新区佛山三水园的广东保威新能源有限公司 (no zone was read), 佛高区三水园 (佛山高新区's own short form)
    text = "签约落户国家高新区佛山三水园的广东保威新能源有限公司生产基地当天举行奠基仪式。"
    assert ("佛山高新技术产业开发区", "hostsEnterprise", "广东保威新能源有限公司") in facts_of(tmp_path, text)
    zones = [m.name for m in find_mentions("3月23日，佛高区三水园、三水区乐平镇招商引资集中签约暨项目动工仪式举行。") if m.kind == "Zone"]
    assert zones == ["佛山高新技术产业开发区"]


def test_a_plans_revision_is_a_policy(tmp_path):
    # round 126 (福州): 连续公示《福州高新区海西园高新北和高新南A、B单元控制性详细规划修编》《福州高新区南屿东编制单元控制性详细规划修编》
    text = "9月，福州高新区连续公示《福州高新区南屿东编制单元控制性详细规划修编》，每项控规涉及区域面积达到万亩以上。"
    assert ("福州高新技术产业开发区", "implementsPolicy", "福州高新区南屿东编制单元控制性详细规划修编") in facts_of(tmp_path, text)


def test_a_verb_of_building_an_ecosystem_is_no_part_of_the_first_firms_name(tmp_path):
    # round 126 (福州): 构筑星网物联、海康威视、北卡科技、智恒科技等数字企业参与的工业互联网生态圈 (read as 构筑星网物联)
    text = "福州高新区积极引入工业互联网头部企业，构筑星网物联、海康威视、北卡科技、智恒科技等数字企业参与的工业互联网生态圈。"
    assert {"星网物联", "北卡科技"} <= _hosted(tmp_path, text) and "构筑星网物联" not in _hosted(tmp_path, text)


def test_high_quality_projects_are_no_company(tmp_path):
    # round 126 (苏州): 引进创新型企业722家、高质量科技项目187个 (read as a firm 高质量科技)
    text = "苏州高新区引进创新型企业722家、高质量科技项目187个，新施诺半导体等一批重点科技项目落地。"
    assert "高质量科技" not in _hosted(tmp_path, text)


def test_a_forums_fields_name_no_company_and_a_body_joins_no_sector(tmp_path):
    # round 126 (烟台): 以海洋高科技为主的风电、潮汐、海洋工程等领域 (a firm 海洋高科技), …、国家海洋技术中心和中英两国海上风能、
    # 海洋工程、新能源、电力等行业的企业代表 (a sector 国家海洋技术中心和中英两国海上风能)
    text = ("烟台高新区举办中英海洋科技交流合作论坛，旨在促进中英两国海洋科技交流与合作，特别是在以海洋高科技为主的风电、潮汐、海洋工程等领域。"
            "论坛吸引了来自英国创新署、启迪控股股份有限公司及其相关企业和研究院、国家海洋技术中心和中英两国海上风能、海洋工程、新能源、电力等行业的企业代表90余人参会。")
    assert "海洋高科技" not in _hosted(tmp_path, text)
    assert not any(name.startswith("国家海洋技术中心") for name in _industries(tmp_path, text))


def test_projects_with_their_investment_written_without_a_comma_name_their_investors(tmp_path):
    # round 126 (佛山): 其中，佐尔新能源汽车零配件项目投资额达20亿元，凯硕机器人及智造装备项目投资额为10亿元 (佐尔 missed; 凯硕机器人
    # and a firm 智造装备 read)
    text = ("3月23日，佛高区三水园2022年第一季度招商引资集中签约暨项目动工仪式举行。"
            "其中，佐尔新能源汽车零配件项目投资额达20亿元，凯硕机器人及智造装备项目投资额为10亿元。")
    assert _hosted(tmp_path, text) == {"佐尔", "凯硕"}


def test_two_known_labs_written_with_their_ending_once(tmp_path):
    # round 126 (重庆): 超瞬态实验装置…加速建设，广州、张江实验室重庆基地加快落地 (广州实验室 missed)
    text = "重庆高新区培育高能级科创平台。重大科技基础设施加速建设，广州、张江实验室重庆基地加快落地。"
    partners = {o for s, p, o in facts_of(tmp_path, text) if p == "partnersWith"}
    assert {"广州实验室", "张江实验室"} <= partners


def test_a_system_supporting_the_sectors_is_none_of_them(tmp_path):
    # round 126 (福州): 要前瞻布局、抢跑赛道，…完善科技金融等产业扶持体系，加快人工智能、数字供应链、低碳循环等新兴产业培育
    text = "福州高新区要前瞻布局、抢跑赛道，完善科技金融等产业扶持体系，加快人工智能、数字供应链、低碳循环等新兴产业培育。"
    sectors = _industries(tmp_path, text)
    assert "人工智能" in sectors and "科技金融" not in sectors


def test_a_city_that_issues_a_policy_after_an_adverb_is_its_issuer(tmp_path):
    # round 127 (石家庄): 今年7月份，石家庄市专门出台了《关于支持…若干措施》 (issued by the zone, as no issuer was read)
    text = "石家庄高新区建设国际生物医药园。今年7月份，石家庄市专门出台了《关于支持新一代电子信息产业和生物医药产业率先突破的若干措施》。"
    issued = {(s, o) for s, p, o in facts_of(tmp_path, text) if p == "issuedBy"}
    assert issued == {("关于支持新一代电子信息产业和生物医药产业率先突破的若干措施", "石家庄市")}


def test_a_sector_written_past_its_label_before_its_role_names_its_cluster(tmp_path):
    # round 127 (莆田): 形成了电子信息、精密机械制造为主导的两大产业集群 (read as 精密机械, the cluster 精密机械产业集群)
    text = "目前，莆田高新区内共有各类工业企业339家，形成了电子信息、精密机械制造为主导的两大产业集群。"
    facts = facts_of(tmp_path, text)
    assert ("莆田高新技术产业开发区", "hasCluster", "莆田高新区精密机械制造产业集群") in facts
    assert ("莆田高新区精密机械制造产业集群", "clusterIndustry", "精密制造") in facts  # the taxonomy's concept


def test_a_list_of_sectors_ending_as_the_provinces_is_not_the_zones(tmp_path):
    # round 127 (武汉): 项目类型涵盖生物创新药、特色原料药、高端医疗器械、生物服务、大健康产品等我省生物产业重点发展领域
    text = ("其中，武汉东湖高新区与联影智融、华康世纪等9家企业分别签署了项目合作协议。"
            "项目类型涵盖生物创新药、特色原料药、高端医疗器械、生物服务、大健康产品等我省生物产业重点发展领域。")
    assert not _industries(tmp_path, text)


def test_a_list_opening_with_a_sector_written_past_its_label_is_of_sectors(tmp_path):
    # round 127 (天津): 在創新藥物、細胞產品、醫療器械及特色醫藥服務等領域形成了高新區生物醫藥產業特色名片 (創新藥物 was not
    # counted as a sector, so the list was read as one of other things)
    text = "“十三五”期间，天津滨海高新区积极布局生物医药产业，在创新药物、细胞产品、医疗器械及特色医药服务等领域形成了高新区生物医药产业特色名片。"
    assert {"创新药", "医疗器械"} <= _industries(tmp_path, text)


def test_a_general_aviation_firm_keeps_its_ending(tmp_path):
    # round 127 (南昌): 依托C919大飞机、冠一通航GA20、鸿鹄航空AC500等项目 (read as 冠一); 通航 opening a route is no firm
    text = "南昌航空工业城落户南昌高新区，依托C919大飞机、冠一通航GA20、鸿鹄航空AC500等项目，南昌航空城已初具规模。"
    assert {"冠一通航", "鸿鹄航空"} <= _hosted(tmp_path, text)
    assert not [m for m in find_mentions("机场通航、高铁开通等利好不断，高新区企业增长迅速。") if m.kind == "Enterprise"]


def test_a_groups_unit_named_in_full_belongs_to_the_group(tmp_path):
    # round 127 (石家庄): 石药集团巨石生物制药有限公司 (no parent read; 5 of 5 such names in the gold files have the group as parent)
    text = "在石家庄高新区的石家庄国际生物医药园，石药集团巨石生物制药有限公司的新厂房正在建设。"
    assert ("石药集团巨石生物制药有限公司", "subOrganizationOf", "石药集团有限公司") in facts_of(tmp_path, text)


def test_the_leading_firms_meeting_is_no_firm(tmp_path):
    # round 128 (武汉): 日前，武汉东湖高新区链主企业恳谈会上，联想武汉产业基地参会人员的一番发言… (a firm 恳谈会上)
    text = "日前，武汉东湖高新区链主企业恳谈会上，联想武汉产业基地参会人员的一番发言，道出了湖北新型显示产业的发展前景。"
    assert "恳谈会上" not in _hosted(tmp_path, text)


def test_what_the_firms_of_a_list_make_after_its_deng_names_no_firm(tmp_path):
    # round 128 (武汉): 汇聚了尚赛光电、瑞普赛、依麦德等柔性基板、显示材料等关键基础材料企业 (柔性基板, 显示材料 read as firms);
    # (成都) 已聚集包括上游原材料、中游显示面板及模组、下游终端应用在内的京东方、天马等一大批企业 (a firm 上游原材料)
    text = "通过持续产业链招商，武汉东湖高新区汇聚了尚赛光电、瑞普赛、依麦德等柔性基板、显示材料等关键基础材料企业。"
    assert _hosted(tmp_path, text) == {"尚赛光电", "瑞普赛", "依麦德"}
    text = ("目前，成都高新区新型显示产业以京东方为龙头企业，已聚集包括上游原材料、中游显示面板及模组、下游终端应用在内的京东方、"
            "天马等一大批企业。")
    assert "上游原材料" not in _hosted(tmp_path, text)


def test_a_known_group_after_a_verb_and_a_company_that_holds_another(tmp_path):
    # round 128 (咸阳): 此次项目落户咸阳，也肩负着振兴彩虹集团的重任 (a firm 振兴彩虹集团); (长沙) 与杉杉股份控股的湖南杉杉能源
    # 科技股份有限公司 (a firm 杉杉股份控股: 控股 is the holding, a verb)
    names = [m.surface for m in find_mentions("此次项目落户咸阳，也肩负着振兴彩虹集团的重任。") if m.kind == "Enterprise"]
    assert names == ["彩虹集团"]
    text = "近日，长沙高新区与杉杉股份控股的湖南杉杉能源科技股份有限公司签订投资协议。"
    facts = facts_of(tmp_path, text)
    assert ("湖南杉杉能源科技股份有限公司", "subOrganizationOf", "宁波杉杉股份有限公司") in facts
    assert not any(o.endswith("控股") for s, p, o in facts)


def test_fields_a_material_has_become_basic_to_are_not_the_zones_sectors(tmp_path):
    # round 128 (包头): 稀土…它已成为新能源、新材料、航空航太、资讯、生物、军工等尖端科技领域和国防建设的重要基础材料
    text = "包头稀土高新区是稀土产业的集聚地。“稀土被誉为工业维生素，它已成为新能源、新材料、航空航天、生物、军工等尖端科技领域和国防建设的重要基础材料。”"
    assert not _industries(tmp_path, text) & {"新能源", "新材料", "航空航天"}


def test_a_universitys_bare_campus_is_the_university(tmp_path):
    # round 128 (北京): 北区0.4851平方公里土地属于中国科学院大学校区及创新基地用地 (read as 中国科学院's 大学校区)
    names = [m.name for m in find_mentions("其中，北区0.4851平方公里土地属于中国科学院大学校区及创新基地用地。") if m.kind == "ResearchInstitute"]
    assert names == ["中国科学院大学"]
    names = [m.name for m in find_mentions("“双一流”南京大学苏州校区启动建设。") if m.kind == "ResearchInstitute"]
    assert names == ["南京大学苏州校区"]


def test_the_fields_award_winning_projects_span_are_not_the_zones_sectors(tmp_path):
    # round 128 (包头): 纵览内蒙古4年科技奖励专案，稀土获奖项目覆盖了稀土冶金、环境保护、新材料及产业化、高端制造等领域
    text = "包头稀土高新区聚集了一批稀土企业。纵览内蒙古4年科技奖励专案，稀土获奖项目覆盖了稀土冶金、环境保护、新材料及产业化、高端制造等领域。"
    assert not _industries(tmp_path, text) & {"稀土冶金", "环境保护", "新材料及产业化", "高端装备制造"}


def test_the_unknown_items_of_a_list_of_known_firms_are_no_sectors(tmp_path):
    # round 128 (成都): …以及京东方、创维、3M、英国FlexEnable、出光新产等光电显示产业链等500余名企业代表 (英国FlexEnable and
    # 出光新产 read as sectors the taxonomy does not know)
    text = ("2019全球新型显示触控与应用材料大会日前在成都高新区举行，知名专家学者以及京东方、创维、3M、英国FlexEnable、出光新产"
            "等光电显示产业链等500余名企业代表，共同探讨产业趋势。")
    names = [m.name for m in find_mentions(text) if m.kind == "Industry"]
    assert "出光新产" not in names and "英国FlexEnable" not in names


def test_what_a_known_company_was_developing_names_no_company(tmp_path):
    # round 128 (西安): 2003年1月，当时还在专攻电池研发的比亚迪收购了西安秦川汽车有限责任公司77%的股权 (a firm 当时还在专攻电池)
    names = [m.surface for m in find_mentions("2003年1月，当时还在专攻电池研发的比亚迪收购了西安秦川汽车有限责任公司77%的股权。")
             if m.kind == "Enterprise"]
    assert "当时还在专攻电池" not in names and "比亚迪" in names


def test_a_joiner_after_an_adverb_opens_the_next_companys_name(tmp_path):
    # round 129 (成都): 当天，华润医药还与成都天府国际生物城发展集团有限公司签订了…协议 (a company 华润医药还与成都天府…有限公司,
    # then a unit 华润医药还 of the group 华润)
    names = [m.surface for m in find_mentions("当天，华润医药还与成都天府国际生物城发展集团有限公司签订了控股权转让协议。")
             if m.kind == "Enterprise"]
    assert names == ["华润医药", "成都天府国际生物城发展集团有限公司"]


def test_a_link_to_another_article_says_nothing_of_this_ones_zone(tmp_path):
    # round 129 (武汉): the page's 上一篇：华中科技大学科技园跻身“国家队” (read as the zone's partner)
    text = "中国国防科技工业园将落户武汉东湖高新区，重点引进电子信息、新材料等领域企业。\n上一篇：华中科技大学科技园跻身“国家队”"
    assert not any(p == "partnersWith" for s, p, o in facts_of(tmp_path, text))


def test_a_counted_kind_of_group_is_no_company(tmp_path):
    # round 129 (武汉): 昨日，武汉光谷迎来一批特殊的考察团队，…均来自我国十大军工集团 (a firm 我国十大军工集团)
    text = "昨日，武汉东湖高新区迎来一批特殊的考察团队，考察人员背景颇深：均来自我国十大军工集团。"
    assert not _hosted(tmp_path, text)


def test_where_a_fund_invests_is_not_the_zones_sector(tmp_path):
    # round 129 (成都): 双方还将…合作设立创新产业基金，重点投向化学创新药、生物药、疫苗、高端医疗器械等领域
    text = "成都高新区与华润医药签约。双方还将结合产业发展需求，合作设立创新产业基金，重点投向化学创新药、生物药、疫苗、高端医疗器械等领域。"
    assert not _industries(tmp_path, text) & {"创新药", "生物药", "疫苗", "医疗器械"}


def test_a_labs_other_name_in_brackets_is_no_part_of_it(tmp_path):
    # round 129 (成都): 拥有国家精准医学产业创新中心、天府锦城实验室（前沿医学中心）等创新平台 (read as an institute
    # 天府锦城实验室（前沿医学中心） under 天府锦城实验室)
    text = "成都高新区已聚集生物医药企业3900余家，拥有国家精准医学产业创新中心、天府锦城实验室（前沿医学中心）等创新平台。"
    names = {m.name for m in find_mentions(text) if m.kind == "ResearchInstitute"}
    assert names == {"国家精准医学产业创新中心", "天府锦城实验室"}


def test_two_countries_academies_stay_two(tmp_path):
    # round 129 (昆山): 由昆山市联合白俄罗斯国家科学院、乌克兰国家科学院打造的…研究院在昆山高新区正式启动 (both resolved to one
    # 国家科学院, the country cut off as from a foreign university's name)
    text = "日前，由昆山市联合白俄罗斯国家科学院、乌克兰国家科学院打造的“一带一路”昆山国际先进技术研究院在昆山高新区正式启动。"
    partners = {o for s, p, o in facts_of(tmp_path, text) if p == "partnersWith"}
    assert {"白俄罗斯国家科学院", "乌克兰国家科学院"} <= partners and "国家科学院" not in partners


def test_a_labs_team_meeting_the_zone_makes_the_lab_its_partner(tmp_path):
    # round 130 (阜新): 日前，高新区与清华大学水利水电工程系及水圈科学与水利工程全国重点实验室团队举行专题座谈 (the lab was
    # taken for a researcher's team, where a person works)
    text = "日前，阜新高新区与清华大学水利水电工程系及水圈科学与水利工程全国重点实验室团队举行专题座谈，围绕共建测试中心深入交流。"
    assert ("阜新高新技术产业开发区", "partnersWith", "水圈科学与水利工程全国重点实验室") in facts_of(tmp_path, text)


def test_a_groups_site_and_a_ranking_verb_are_no_part_of_a_name(tmp_path):
    # round 130 (合肥): 中科采象团队在中海油现场 (a unit 中海油现场 of 中海油); (武汉) …、陆金所、借贷宝列前十 (a firm 借贷宝列前十)
    names = [m.surface for m in find_mentions("中科采象团队在中海油现场。") if m.kind == "Enterprise"]
    assert names == ["中海油"]
    names = [m.surface for m in find_mentions("阿里云、美团点评、宁德时代、今日头条、菜鸟网络、陆金所、借贷宝列前十。") if m.kind == "Enterprise"]
    assert "借贷宝" in names and "借贷宝列前十" not in names


def test_a_capacitys_unit_and_a_verb_of_going_in_open_no_name(tmp_path):
    # round 130 (自贡): 已成功签约兴储世纪5GWh/年钠离子电池等3个新能源产业项目 (a firm 年钠离子电池); (咸宁) 初八一早便扎进实验室
    # (an institute 初八一早便扎进实验室)
    text = "自贡高新区大力开展招商工作，已成功签约兴储世纪5GWh/年钠离子电池等3个新能源产业项目，总投资41亿元。"
    assert [m.surface for m in find_mentions(text) if m.kind == "Enterprise"] == ["兴储世纪"]
    assert not [m for m in find_mentions("叶绵丽正月初七从广东驱车赶回，初八一早便扎进实验室。") if m.kind == "ResearchInstitute"]


def test_firms_listed_after_their_count_and_fenbie_shi(tmp_path):
    # round 130 (武汉): 东湖高新区独角兽企业已达5家…这5家企业分别是：斗鱼、安翰、卷皮、斑马快跑、直播优选 (none read)
    text = "报告显示，东湖高新区独角兽企业已达5家，居全国第四位。这5家企业分别是：斗鱼、安翰、卷皮、斑马快跑、直播优选。"
    assert {"斗鱼", "安翰", "卷皮", "斑马快跑", "直播优选"} <= _hosted(tmp_path, text)


def test_a_groups_unit_named_in_a_place_belongs_to_the_group(tmp_path):
    # round 130 (淮安): 中天钢铁集团(淮安)新材料有限公司 (no parent read; the bracketed place stopped the group's-unit rule)
    text = "淮安高新区内，中天钢铁集团(淮安)新材料有限公司年产值突破百亿元。"
    assert any(s.startswith("中天钢铁集团") and p == "subOrganizationOf" and o == "中天钢铁集团" for s, p, o in facts_of(tmp_path, text))


def test_what_a_plan_fixes_and_what_projects_have_are_no_firms(tmp_path):
    # round 131 (淮南): 确定了大学科技园的功能定位、建设目标、政策支持、资金扶持和公司组建方式 (three firms read before 和公司);
    # (西安) …项目等具有高科技、高成长、高附加值的显著特点 (firms 具有高科技 and 高成长)
    text = "淮南高新区管委会与安徽理工大学签订协议，确定了大学科技园的功能定位、建设目标、政策支持、资金扶持和公司组建方式。"
    assert not _hosted(tmp_path, text)
    text = "西安高新区集中开工。其中，氢能总装项目、中兴通讯西安研发中心二区三期项目等具有高科技、高成长、高附加值的显著特点。"
    assert not _hosted(tmp_path, text) & {"具有高科技", "高成长"}


def test_what_a_firm_brings_together_names_no_firms(tmp_path):
    # round 131 (南阳): 将建成集中药材种植、生产加工、研发与检测、进出口贸易等为一体的综合性企业 (four firms read)
    text = "南阳高新区中药毒性饮片项目开工，将建成集中药材种植、生产加工、研发与检测、进出口贸易等为一体的综合性企业。"
    assert not _hosted(tmp_path, text)


def test_services_a_park_offers_are_not_the_zones_sectors(tmp_path):
    # round 131 (成都): 为入驻企业提供包括金融服务、政策解读、人力资源服务等定制化“一站式”服务 (two sectors read)
    text = "成都高新区新川创新科技园目前园区载体超300万平方米，为入驻企业提供包括金融服务、政策解读、人力资源服务等定制化“一站式”服务。"
    assert not _industries(tmp_path, text) & {"金融服务", "人力资源服务"}


def test_a_policy_named_by_its_articles_and_clauses_in_mismatched_quotes(tmp_path):
    # round 132 (沈阳): …五个方面共性政策需求,制定"20条61款“支持措施 (no policy read: the clauses after 条, and the
    # quote closed with an opening mark)
    text = "沈阳高新区基于各产业五个方面共性政策需求,制定\"20条61款“支持措施。"
    facts = facts_of(tmp_path, text)
    assert ("沈阳高新技术产业开发区", "implementsPolicy", "20条61款") in facts


def test_a_count_after_the_lists_count_is_no_part_of_the_last_sector(tmp_path):
    # round 132 (沈阳): 重点围绕智能制造、…、体育休闲四个主导产业16个细分领域 (a sector 体育休闲四个主导产业1: the
    # second count's first digit was read as the last item's)
    text = "沈阳高新区重点围绕智能制造、新能源汽车、生物医药与健康医疗、体育休闲四个主导产业16个细分领域，制定支持措施。"
    sectors = _industries(tmp_path, text)
    assert "体育休闲" in sectors and not any(s.startswith("体育休闲四") for s in sectors)


def test_a_unit_named_after_an_institutes_short_name_belongs_to_it(tmp_path):
    # round 132 (沈阳, Traditional script): 蘇州醫工所沈陽健康工程技術研究院掛牌成立 (no parent: 苏州医工所 was known
    # only as a name of its own, not as the opening of its unit's name)
    text = "沈陽高新區推進創新體系不斷完善，蘇州醫工所沈陽健康工程技術研究院掛牌成立。"
    assert ("苏州医工所沈阳健康工程技术研究院", "subOrganizationOf", "中国科学院苏州生物医学工程技术研究所") in facts_of(tmp_path, text)


def test_fields_of_firms_gathered_with_people_are_the_zones_sectors(tmp_path):
    # round 132 (厦门): 厦门软件园聚集了…、移动互联网、集成电路设计、电子商务、动漫游戏等领域的创新型企业和人才 (the
    # fields read as those of people brought in, not of the park's firms)
    text = "厦门火炬高新区所属的厦门软件园聚集了云计算、物联网、移动互联网、集成电路设计、电子商务、动漫游戏等领域的创新型企业和人才。"
    assert {"移动互联网", "集成电路设计", "电子商务", "动漫游戏"} <= _industries(tmp_path, text)


def test_firms_said_to_grow_name_no_sector_of_their_own(tmp_path):
    # round 133 (徐州): 以美驰车桥、环球锻压、徐挖机械等为代表的工程机械企业快速壮大 (a sector 工程机械企业快速壮大)
    text = "徐州高新区以美驰车桥、环球锻压、徐挖机械等为代表的工程机械企业快速壮大。"
    assert not [m for m in find_mentions(text) if m.kind == "Industry" and m.surface.endswith("壮大")]


def test_a_legal_name_starts_after_the_verb_that_carries_its_project_out(tmp_path):
    # round 133 (郑州): 河南省共批准实施河南秋乐种业科技股份有限公司“高产多抗优质小麦新品种选育”等…项目 (a firm
    # 河南省共批准实施河南秋乐种业科技股份有限公司)
    text = "今年上半年，郑州高新区种业企业表现突出，河南省共批准实施河南秋乐种业科技股份有限公司“高产多抗优质小麦新品种选育”等项目。"
    assert [m.surface for m in find_mentions(text) if m.kind == "Enterprise"] == ["河南秋乐种业科技股份有限公司"]


def test_what_a_base_works_in_after_congshi_is_no_firm(tmp_path):
    # round 133 (青岛): 航天微电子产业基地…主要从事电力电子、混合集成电路、IGBT…的研发生产 (a firm 事电力电子)
    text = "青岛高新区航天微电子产业基地主要从事电力电子、混合集成电路、IGBT、传感器及智能仪表的研发生产。"
    assert not kinds(text, "Enterprise")


def test_an_encyclopedias_footnote_marks_do_not_break_a_list(tmp_path):
    # round 133 (武汉): 重点发展八个主导产业:动植物良种、生物肥料[2]、生物农药、… (no sector read: the mark cut the list)
    text = "东湖高新区的农业科技园区重点发展八个主导产业:动植物良种、生物肥料[2]、生物农药、畜禽水产、生物饲料、生物药品、农产品加工、农科贸市场。"
    assert {"动植物良种", "生物肥料", "生物农药", "农产品加工"} <= _industries(tmp_path, text)


def test_an_institutes_research_base_in_a_place_is_its_unit(tmp_path):
    # round 133 (青岛, Traditional script): 引進…中國科學院聲學研究所青島研發基地… (the institute read without its base)
    text = "青島高新區引進中國科學院聲學研究所青島研發基地、中國科學院北斗導航總體部青島研發中心等。"
    facts = facts_of(tmp_path, text)
    assert ("青岛高新技术产业开发区", "partnersWith", "中国科学院声学研究所青岛研发基地") in facts
    assert ("中国科学院声学研究所青岛研发基地", "subOrganizationOf", "中国科学院声学研究所") in facts


def test_items_of_a_list_of_things_are_no_firms(tmp_path):
    # round 133 (青岛): 已引进海水淡化设备、船舶压载水设备、水下机器人、潜水遥控定位浮标、海洋能装备、基于北斗的…监测系统等一批
    # 高端海工装备产业项目 (two firms, 水下机器人 and 海洋能装备)
    text = ("青岛高新区已引进海水淡化设备、船舶压载水设备、水下机器人、潜水遥控定位浮标、海洋能装备、基于北斗的近岸海域综合信息监测系统"
            "等一批高端海工装备产业项目。")
    assert not _hosted(tmp_path, text)


def test_a_groups_numbered_institutes_base_belongs_to_that_institute(tmp_path):
    # round 133 (青岛): 引进…中船重工710所青岛海洋装备研发基地… (read as 中船重工710所 alone)
    text = "青岛高新区引进中船重工青岛海洋装备研究院、中船重工710所青岛海洋装备研发基地等。"
    facts = facts_of(tmp_path, text)
    assert ("青岛高新技术产业开发区", "partnersWith", "中船重工710所青岛海洋装备研发基地") in facts
    assert ("中船重工710所青岛海洋装备研发基地", "subOrganizationOf", "中船重工710所") in facts


def test_what_a_company_is_described_as_is_no_name_and_its_name_follows(tmp_path):
    # round 134 (苏州): 由全球最大的微生物诊断公司、法国最大的体外诊断公司梅里埃集团投资建设 (firms 微生物诊断 and
    # 法国最大的体外诊断; 梅里埃集团 not read)
    text = "苏州高新区梅里埃体外诊断试剂项目为市重点项目，由全球最大的微生物诊断公司、法国最大的体外诊断公司梅里埃集团投资建设。"
    assert _hosted(tmp_path, text) == {"梅里埃集团"}


def test_a_universitys_counted_disciplines_are_no_sectors_and_no_institute(tmp_path):
    # round 134 (苏州): 南大重点打造人工智能与信息技术、…、数字经济与管理科学五大学科群 (the zone's sectors, and an institute
    # 数字经济与管理科学五大学); 苏州只有苏州大学一所211高校 (an institute 苏州只有苏州大学)
    text = ("在苏州高新区，南大重点打造人工智能与信息技术、功能材料与智能制造、化生医药与健康工程、地球系统与未来环境、"
            "数字经济与管理科学五大学科群。苏州只有苏州大学一所211高校。")
    assert not _industries(tmp_path, text)
    assert {m.surface for m in find_mentions(text) if m.kind == "ResearchInstitute"} == {"南大", "苏州大学"}


def test_a_known_brewers_unit_in_a_city_is_read_whole(tmp_path):
    # round 134 (中山): 总投资9.32亿元的中山珠江啤酒“工改”项目动工 (a firm 中山珠江: 珠江啤酒 was not known)
    text = "中山火炬开发区内，总投资9.32亿元的中山珠江啤酒“工改”项目动工，新增30万吨酿造产能。"
    assert _hosted(tmp_path, text) == {"中山珠江啤酒"}


def test_firms_a_zone_gives_a_service_to_are_its_firms_not_customers(tmp_path):
    # round 134 (自贡, Traditional script): 供電方面,為中興能源、鵬成科技等23戶企業提供施工用電 (read as the customers of a
    # firm that supplies them: no firm hosted)
    text = "自貢高新區加快招商項目水電氣報裝。供電方面,為中興能源、鵬成科技等23戶企業提供施工用電。"
    assert _hosted(tmp_path, text) == {"中兴能源", "鹏成科技"}


def test_a_verb_with_its_particle_and_a_street_are_no_firm_and_no_sector(tmp_path):
    # round 135 (北京): 昌平…主要承载着高科技研发与生产 (a firm 承载着高科技); 体现中国石油集团与…合作 (a firm 体现中国石油集团);
    # (合肥) 以量子大道为核心的产业集聚空间 (a sector 量子大道)
    text = "中关村昌平园主要承载着高科技研发与生产等功能，体现中国石油集团与昌平区真诚合作。"
    assert _hosted(tmp_path, text) <= {"中国石油天然气集团有限公司", "中国石油集团"}
    text = "合肥高新区形成了以中国科大先研院、国家大学科技园为代表的孵化加速空间，以量子大道为核心的产业集聚空间。"
    assert "量子大道" not in _industries(tmp_path, text)


def test_firms_shared_out_among_areas_are_none_of_the_zones(tmp_path):
    # round 135 (厦门): 8个优质项目，即睿塔科技、…、海源清能，分别与厦门湖里区、海沧区和火炬高新区完成落地合作签约 (all eight
    # hosted by the zone, though the text does not say which went where)
    text = ("9月9日，清华校友三创大赛的8个优质项目，即睿塔科技、清云智通、生一科技、明福友连、晟毅新材料、智道合创、海源清能，"
            "分别与厦门湖里区、海沧区和火炬高新区完成落地合作签约。")
    assert not _hosted(tmp_path, text)


def test_a_zone_publishing_a_title_on_a_date_issues_it(tmp_path):
    # round 135 (合肥): 合肥高新区主动作为，于2018年3月发布《区域人工智能产业规划》 (no relation: the date stood between
    # the zone's clause and its verb)
    text = "合肥高新区主动作为，于2018年3月发布《区域人工智能产业规划》。"
    facts = facts_of(tmp_path, text)
    assert ("合肥高新技术产业开发区", "implementsPolicy", "区域人工智能产业规划") in facts
    assert ("区域人工智能产业规划", "issuedBy", "合肥高新技术产业开发区") in facts


def test_a_sentence_of_the_city_government_names_the_citys_sectors(tmp_path):
    # round 134 (苏州): 近日苏州市政府发布了加快培养未来产业的工作意见，提出要结合电子信息、装备制造、…四大主导产业的规模优势
    # (the zone's sectors, in a page about the zone)
    text = ("苏州高新区以南大苏州校区为核心建设光子产业集群。近日苏州市政府发布了加快培养未来产业的工作意见，"
            "提出要结合电子信息、装备制造、生物医药、先进材料四大主导产业的规模优势，重点发展量子技术等未来产业。")
    assert not _industries(tmp_path, text) & {"电子信息", "装备制造", "生物医药", "新材料"}


def test_a_zones_short_name_opening_an_institutes_name_is_the_institutes(tmp_path):
    # round 136 (石家庄): 上海张江产业工程院从园区产业…介绍了经验做法 (a zone 上海张江, which took every bare 高新区 of
    # the page about 石家庄高新区)
    text = "在座谈会上，高新区详细介绍了生物医药园区的优势，上海张江产业工程院从园区产业、规划、建设等方面介绍了经验做法。"
    mentions = find_mentions(text)
    assert not [m for m in mentions if m.kind == "Zone"]
    assert "上海张江产业工程院" in [m.surface for m in mentions if m.kind == "ResearchInstitute"]


def test_a_world_class_grade_makes_no_narrower_sector(tmp_path):
    # round 136 (苏州): 打造世界一流医疗器械产业集群 (a sector and a cluster 世界一流医疗器械)
    text = "苏州高新区制定医疗器械产业发展3年行动计划，打造世界一流医疗器械产业集群，重点发展世界一流医疗器械、生物医药。"
    assert not [m for m in find_mentions(text) if m.surface.startswith("世界一流")]


def test_a_regions_field_is_no_brand(tmp_path):
    # round 136 (苏州): 生命健康小镇…定位“长三角生物与生命科技产业高地” (a firm 长三角生物)
    text = "苏州高新区生命健康小镇投资40亿元，定位“长三角生物与生命科技产业高地”，着手基因治疗等技术。"
    assert not kinds(text, "Enterprise")


def test_a_title_a_zone_proposes_in_quotes(tmp_path):
    # round 136 (成都): 成都高新区提出一份“关于优化服务促进企业创新发展的若干政策”的讨论稿 (a policy named from the
    # zone on: 成都高新区提出一份“关于…若干政策)
    text = "座谈会上，成都高新区提出一份“关于优化服务促进企业创新发展的若干政策”的讨论稿，征求企业意见。"
    facts = facts_of(tmp_path, text)
    assert ("成都高新技术产业开发区", "implementsPolicy", "关于优化服务促进企业创新发展的若干政策") in facts
    assert ("关于优化服务促进企业创新发展的若干政策", "issuedBy", "成都高新技术产业开发区") in facts


def test_a_persons_given_name_after_his_post_is_no_known_company(tmp_path):
    # round 136 (徐州): 记者近日从江苏微控生物科技有限公司技术负责人尹吉宝口中得到的信息 (a firm 吉宝, the Keppel group)
    text = "这是记者近日从徐州高新区江苏微控生物科技有限公司技术负责人尹吉宝口中得到的信息。"
    assert [m.surface for m in find_mentions(text) if m.kind == "Enterprise"] == ["江苏微控生物科技有限公司"]


def test_a_groups_unit_named_with_the_groups_full_short_name(tmp_path):
    # round 133 (南京): 中国中车南京浦镇车辆有限公司 (no parent: the group was known as 中车 only)
    text = "南京高新区依托中国中车南京浦镇车辆有限公司等轨道交通龙头企业，强化产业组合。"
    assert ("中国中车南京浦镇车辆有限公司", "subOrganizationOf", "中国中车") in facts_of(tmp_path, text)


def test_the_academys_labs_named_once_by_the_academy_and_once_by_their_ending(tmp_path):
    # round 137 (西安): 中国科学院超快光科学与技术、时间基准及应用、黄土科学三个重点实验室项目 (read as 中国科学院, 应用实验室
    # and 黄土科学实验室)
    text = "西安高新区。本次签约入驻的中国科学院超快光科学与技术、时间基准及应用、黄土科学三个重点实验室项目，将进一步提升创新能力。"
    partners = {o for s, p, o in facts_of(tmp_path, text) if p == "partnersWith"}
    assert partners == {"中国科学院超快光科学与技术重点实验室", "中国科学院时间基准及应用重点实验室", "中国科学院黄土科学重点实验室"}


def test_kinds_of_lab_and_company_and_a_driving_force_are_no_names(tmp_path):
    # round 137 (西安): 打造大科学装置、高能级实验室、共性技术平台 (an institute 高能级实验室, a firm 大科学装置); 中国科学院重点实验室
    # 入驻…签约仪式 (an institute 中国科学院重点实验室); (东莞) 是中央企业中唯一的投资控股公司 (a firm 投资控股); (珠海) 激发内生动力
    # (a firm 激发内生动力); (潍坊) 潍坊高新区的民企盛瑞传动股份有限公司 (a firm 民企盛瑞传动股份有限公司)
    def names(text, kind):
        return [m.surface for m in find_mentions(text) if m.kind == kind]
    assert not names("西安科学园通过打造大科学装置、高能级实验室、共性技术平台、小试中试基地，汇聚创新资源。", "ResearchInstitute")
    assert not names("西安科学园通过打造大科学装置、高能级实验室、共性技术平台、小试中试基地，汇聚创新资源。", "Enterprise")
    assert names("随后举行了中国科学院重点实验室入驻西安科学园签约仪式。", "ResearchInstitute") == ["中国科学院"]
    assert names("国投集团作为中央直接管理的国有重要骨干企业，是中央企业中唯一的投资控股公司。", "Enterprise") == ["国投集团"]
    assert not names("以“我为群众办实事”为抓手，激发内生动力。", "Enterprise")
    assert names("而潍坊高新区的民企盛瑞传动股份有限公司送给谭伯格教授的却是惊喜。", "Enterprise") == ["盛瑞传动股份有限公司"]


def test_known_internet_firms_in_a_list_and_a_sites_section_path(tmp_path):
    # round 137 (北京): 北京首家科技企业孵化器,联想、搜狐、百度、网易、旷视,人工智能芯片… (搜狐, 网易 and 旷视 not known);
    # and the portal's own section path is no firm of the zone (round 117, 苏州: 网易首页>网易江苏>正文)
    text = "中关村有北京首家科技企业孵化器,联想、搜狐、百度、网易、旷视,人工智能芯片、人脸识别技术……"
    assert {"搜狐", "网易", "旷视"} <= {m.surface for m in find_mentions(text) if m.kind == "Enterprise"}
    assert not [m for m in find_mentions("网易首页>网易江苏>正文") if m.kind == "Enterprise"]


def test_what_a_contests_projects_span_is_not_the_zones_sectors(tmp_path):
    # round 134 (北京): 大赛历时3个多月，征集了近千个项目，涵盖了人工智能、集成电路、…等领域 (nine sectors of 中关村)
    text = ("2018年中关村国际前沿科技创新大赛颁奖典礼在京举行。据了解，大赛历时3个多月，征集了近千个项目，涵盖了人工智能、集成电路、"
            "工业互联网及智能装备、智慧城市及物联网等领域。")
    assert not _industries(tmp_path, text)


def test_a_list_of_sectors_counted_as_fields(tmp_path):
    # round 131 (西安): 未来，西安高新区将聚焦新一代信息技术、航空航天、高端装备和生命科学四大领域 (生命科学, no label of the
    # taxonomy, not read: 四大领域 headed no list)
    text = "未来，西安高新区将聚焦新一代信息技术、航空航天、高端装备和生命科学四大领域，实施一批重大项目。"
    assert "生命科学" in _industries(tmp_path, text)


def test_the_sector_of_firms_a_list_just_named(tmp_path):
    # round 136 (济宁): 鲁抗、辰欣、明治制药等生物医药企业集聚 (no sector: the list of firms counted as one of other things);
    # not the role firms play (corpus, 江阴: 发挥中信特钢、…等工业自动化企业的转型示范作用)
    assert "生物医药" in _industries(tmp_path, "济宁高新区内，鲁抗、辰欣、明治制药等生物医药企业集聚。")
    text = "江阴高新区发挥中信特钢、天江药业、长电先进、斯菲尔电气等工业自动化企业的转型示范作用。"
    assert "工业自动化" not in _industries(tmp_path, text)


def test_numbered_policies_after_a_description_and_a_joiner(tmp_path):
    # round 138 (宜昌): 高新区相继出台鼓励创新创业的“黄金十条”和“双创六条” (policies 鼓励创新创业的“黄金十条” and 和“双创六条”)
    text = "据悉，近年来宜昌高新区相继出台鼓励创新创业的“黄金十条”和“双创六条”，仅去年就向100多家企业发放资金。"
    assert {o for s, p, o in facts_of(tmp_path, text) if p == "implementsPolicy"} == {"黄金十条", "双创六条"}


def test_an_investor_opening_a_quoted_project_name(tmp_path):
    # round 138 (西安): 投资60亿元的“苏宁西北商业管理总部”项目 (a firm “苏宁, the quote mark in its name)
    text = "西安高新区民资项目有：投资5亿元的深圳海王陕西省医疗器械综合性服务平台项目、投资60亿元的“苏宁西北商业管理总部”项目。"
    assert "苏宁" in _hosted(tmp_path, text) and not any(n.startswith("“") for n in _hosted(tmp_path, text))


def test_works_a_project_needs_a_category_and_a_likeness_are_no_firms(tmp_path):
    # round 138 (长沙): 同时为入园企业和重点产业项目提供道路管网、土方平整、杆线迁移、临时水电气等前期服务工作 (four firms); (苏州)
    # 多肽类生物药获批全国中小企业特色产业集群 (a firm); (济南) 类似齐鲁制药集团这样的翘楚企业 (a firm 类似齐鲁制药集团);
    # (苏州) “医学成像科学与技术”获批中国科学院系统重点实验室 (an institute 中国科学院系统重点实验室)
    def names(text, kind="Enterprise"):
        return [m.surface for m in find_mentions(text) if m.kind == kind]
    text = ("作为长沙高新区功能类龙头企业，麓谷建发公司承担了中兴通讯长沙产业基地、中国电科等重大产业项目的建设，"
            "同时为入园企业和重点产业项目提供道路管网、土方平整、杆线迁移、临时水电气等前期服务工作。")
    assert not set(names(text)) & {"临时水电气", "土方平整", "杆线迁移", "道路管网"}
    assert not names("苏州高新区产业营收规模达430亿元，多肽类生物药获批全国中小企业特色产业集群。")
    assert names("在济南高新区，类似齐鲁制药集团这样的翘楚企业还有不少。") == ["齐鲁制药集团"]
    text = "中国科学院苏州医工所“医学成像科学与技术”获批中国科学院系统重点实验室。"
    assert "中国科学院系统重点实验室" not in names(text, "ResearchInstitute")


def test_a_second_firm_joined_to_the_one_placed_and_firms_entered_in_a_list(tmp_path):
    # round 138 (济南): 位于济南高新区的华熙生物科技股份有限公司和福瑞达生物科技有限公司 (福瑞达 read as a peer of the one
    # placed there); (宜昌) 景瑞天恒、广辰药业入库湖北省2022年科创“新物种”企业 (neither read); not 对当年新入库企业 (round 132)
    text = "其中，位于济南高新区的华熙生物科技股份有限公司和福瑞达生物科技有限公司是全球透明质酸龙头。"
    assert "福瑞达生物科技有限公司" in _hosted(tmp_path, text)
    assert {"景瑞天恒", "广辰药业"} <= _hosted(tmp_path, "宜昌高新区。景瑞天恒、广辰药业入库湖北省2022年科创“新物种”企业。")
    assert not _hosted(tmp_path, "沈阳高新区建立高新技术企业培育库，对当年新入库企业每家给予一次性5万元奖励。")


def test_a_research_bodys_joint_lab_with_a_firm_joined_by_he(tmp_path):
    # round 138 (苏州): 中国信通院和GE医疗创新联合实验室揭牌 (read as 中国信通院 and GE医疗, the lab lost)
    text = "苏州高新区医疗器械大会上，中国信通院和GE医疗创新联合实验室揭牌。"
    partners = {o for s, p, o in facts_of(tmp_path, text) if p == "partnersWith"}
    assert any(o.endswith("和GE医疗创新联合实验室") for o in partners)


def test_a_preposition_after_a_country_opens_no_foreign_firm(tmp_path):
    # round 139 (成都): 2005年新加坡对川投资6600万美元; 新加坡在川直接投资逐渐多元化 (firms 对川 and 在川直接)
    text = "据统计，2005年新加坡对川投资6600万美元。目前，新加坡在川直接投资逐渐多元化，成都高新区新川创新科技园加快建设。"
    assert not kinds(text, "Enterprise")


def test_a_sentence_of_investment_in_a_province_by_its_one_character_name(tmp_path):
    # round 139 (成都): 淡马锡、维信、…等新加坡知名企业均在川创业发展 (twelve firms of the zone); 新加坡在川直接投资…主要分布在
    # 电子元器件、信息通讯、化工、食品等制造业 (five sectors of the zone)
    text = "成都高新区新川创新科技园。淡马锡、维信、赫比、新电信息、吉宝、凯德等新加坡知名企业均在川创业发展。"
    assert not _hosted(tmp_path, text)
    text = "成都高新区新川创新科技园。目前，新加坡在川直接投资逐渐多元化，主要分布在电子元器件、信息通讯、化工、食品等制造业。"
    assert not _industries(tmp_path, text)


def test_a_person_by_the_post_in_an_institutes_centre(tmp_path):
    # round 139 (武汉): 报道采访了中科院地球化学研究所月球中心副主任李阳 (the institute read as the zone's partner)
    text = ("报道采访了中科院地球化学研究所月球中心副主任李阳，中国散裂中子源科学中心副主任金大鹏等一线科技工作者，"
            "以及东湖高新区管委会主任张勇强。")
    assert "中国科学院地球化学研究所" not in {o for s, p, o in facts_of(tmp_path, text) if p == "partnersWith"}


def test_a_company_named_after_a_university_is_no_mention_of_it(tmp_path):
    # round 137 (济宁): 天虹纺织、…、红星爱琴海、北大环保产业基地等7个项目 (北京大学 read as the zone's partner, no firm 北大环保)
    text = "济宁高新区双百工程中，五菱海美汽车、京东亚洲一号、红星爱琴海、北大环保产业基地等7个项目开工。"
    mentions = find_mentions(text)
    assert not [m for m in mentions if m.kind == "ResearchInstitute"]
    assert "北大环保" in [m.surface for m in mentions if m.kind == "Enterprise"]


def test_a_teacher_or_student_names_his_university_as_his_own(tmp_path):
    # round 128 (西安): 西北大学教师严建亚夫妇创办的巨子生物，是全球唯一的… (西北大学 read as the zone's partner)
    text = "在西安高新区，西北大学教师严建亚夫妇创办的巨子生物，是全球唯一的类人胶原蛋白生产厂家。"
    assert not [f for f in facts_of(tmp_path, text) if f[1] == "partnersWith"]


def test_the_hefei_academy_institutes_shortest_form(tmp_path):
    # round 135 (合肥): 汇聚了中科院物质院、中国电科、… (中科院物质院 not known as 中国科学院合肥物质科学研究院)
    text = "合肥高新区汇聚了中国科大先研院、中科院物质院等创新平台。"
    assert ("合肥高新技术产业开发区", "partnersWith", "中国科学院合肥物质科学研究院") in facts_of(tmp_path, text)


def test_a_brand_before_what_it_developed_itself(tmp_path):
    # round 139 (西安): 报道高新区企业新通制药自主研发的埃替斯韦片获批上市 (no firm: 自主 after the name was no action)
    text = "10月31日，新华财经栏目报道西安高新区企业新通制药自主研发的埃替斯韦片获批上市。"
    assert "新通制药" in _hosted(tmp_path, text)


def test_the_kinds_of_industry_a_zones_industries_cover(tmp_path):
    # round 128 (泰州): 全区现有产业涵盖石化、机电、建材、纺织等门类 (only 纺织 read: 门类 headed no list of fields)
    text = "泰州医药高新区产业定位明确，全区现有产业涵盖石化、机电、建材、纺织等门类。"
    assert {"石化", "机电", "建材", "纺织"} <= _industries(tmp_path, text)


def test_except_before_a_list_of_firms(tmp_path):
    # round 140 (厦门): 除ABB、施耐德、许继等国内外行业巨头投资设立的企业外 (the firm 除ABB)
    text = ("厦门火炬高新区电力电器产业发展势头强劲。该产业主要集中在电源器件、配电控制元器件和成套设备领域,集聚30多家企业,"
            "除ABB、施耐德、许继等国内外行业巨头投资设立的企业外,还培育出科华恒盛和麦克奥迪电气两家本土上市公司。")
    hosted = _hosted(tmp_path, text)
    assert "ABB" in hosted and not [name for name in hosted if name.startswith("除")]


def test_a_firms_wafer_fab_named_by_its_city(tmp_path):
    # round 110 (成都): 德州儀器自1986年進入中國大陸,除成都晶圓廠以外,… (a firm 成都晶圆厂 once 除 opens a name)
    text = ("成都高新區將為德州儀器提供優質政務服務。德州儀器自1986年進入中國大陸,除成都晶圓廠以外,"
            "還在中國18個城市建立了銷售和技術支持辦事處。")
    assert not [name for name in _hosted(tmp_path, text) if "晶圆" in name or "晶圓" in name]


def test_two_counted_firms_one_without_a_brand_ending(tmp_path):
    # round 140 (厦门): 还培育出科华恒盛和麦克奥迪电气两家本土上市公司 (科华恒盛, with no brand ending, not read)
    text = "厦门火炬高新区集聚30多家企业,还培育出科华恒盛和麦克奥迪电气两家本土上市公司。"
    assert {"科华恒盛", "麦克奥迪电气"} <= _hosted(tmp_path, text)


def test_firms_representing_a_sectors_firms(tmp_path):
    # round 140 (珠海): 拥有以全志、炬芯、英诺赛科为代表的集成电路企业80余家 (only the known 英诺赛科 read)
    text = "而珠海高新区汇集了全市60%的相关企业及70%的技术人才,拥有以全志、炬芯、英诺赛科为代表的集成电路企业80余家。"
    assert {"全志", "炬芯"} <= _hosted(tmp_path, text)


def test_data_over_a_whole_chain_is_no_brand(tmp_path):
    # round 140 (昌吉): 逐批核查出口产品的种植区域、加工流程、检测报告等全链条数据 (a firm 全链条数据)
    text = ("近日,昌吉国家农高区正式加入中国(新疆)自由贸易试验区第一批联动创新区。"
            "检验检疫人员手持智能终端,逐批核查出口产品的种植区域、加工流程、检测报告等全链条数据,守护每一批货物的出海之路。")
    assert "全链条数据" not in _hosted(tmp_path, text)


def test_beverages_animation_and_online_games_as_sectors(tmp_path):
    # round 140 (咸宁, 杭州): 全区饮料产业 (no sector 饮料), 位于杭州高新技术产业开发区的动画产业园 (no 动画),
    # 中南卡通影视、网游公司等企业 (a firm 网游: 网游 was no sector's short form)
    text = "“力争3年内全区饮料产业综合产值突破500亿元。”咸宁高新区党工委副书记、管委会主任金山表示,咸宁高新区通过一系列惠企政策营造了优良的营商环境。"
    assert "饮料" in _industries(tmp_path, text)
    text = ("位于杭州高新技术产业开发区的动画产业园是我国9个首批命名的?国家动漫产业基地?之一,面积达到1.5万平方米。"
            "到目前为止,杭州三辰动画有限公司、中南卡通影视、网游公司等企业已签订入驻动漫产业大楼的相关协议。")
    forms = {form for entity in registry_of(tmp_path, text).entities.values() if entity.kind == "Industry"
             for form in entity.forms}
    assert "动画" in forms
    assert "网游" not in _hosted(tmp_path, text)


def test_the_fields_a_service_is_given_in_are_no_sectors_of_the_zone(tmp_path):
    # round 140 (重庆): 重点推进汽车及摩托车强检试验、…、电子产品、能源计量、…、新材料等战略性新兴产业领域的检验检测和认证认可服务
    # (each field read as the zone's sector)
    text = ("2016年9月,国家质检基地项目在重庆高新区挂牌后,依托这一带动作用,园区加快建设中国兵器工业第五九研究所科研与测试评价产业化基地、"
            "北斗导航检测、梅安森矿山安全检测等检验检测项目,重点推进汽车及摩托车强检试验、汽车安全与排放实验、电子产品、能源计量、"
            "特种设备安全、应用工程检测、智能终端及物联网、新材料等战略性新兴产业领域的检验检测和认证认可服务,"
            "同步集聚检验检测设备研产及相关配套服务的产业项目。")
    sectors = _industries(tmp_path, text)
    assert not sectors & {"新材料", "电子产品", "能源计量", "智能终端及物联网", "特种设备安全"}
    assert "检验检测" in sectors


def test_a_firm_named_without_its_company_word_keeps_it_as_a_form(tmp_path):
    # round 140 (厦门): 厦门ABB开关公司的技术人员在装配电气开关设备 (the firm named 厦门ABB开关, its written name lost)
    registry = registry_of(tmp_path, "厦门火炬高新区电力电器产业发展势头强劲\n\n2014-03-18 11:29   来源:东南网  责任编辑:蓝晓梅   "
                                     "我来说两句\n分享到:\n\n厦门ABB开关公司的技术人员在装配电气开关设备。")
    forms = {form for entity in registry.entities.values() if entity.kind == "Enterprise" for form in entity.forms}
    assert {"厦门ABB开关", "厦门ABB开关公司"} <= forms


def test_the_classes_a_sector_is_put_in_are_no_sectors_of_the_zone(tmp_path):
    # round 140 (重庆): 检验检测行业被国家先后列为高技术服务业、科技服务业、生产性服务业 (each read as the zone's sector)
    text = ("日前,国家市场监督管理总局和国家发改委联合发文,批复同意重庆高新区建设国家检验检测高技术服务业集聚区。"
            "检验检测行业被国家先后列为高技术服务业、科技服务业、生产性服务业,是提升产品供给质量和加快产业转型升级的重要技术支撑,"
            "几乎贯穿于工业产品从研发到生产的所有环节。")
    assert not _industries(tmp_path, text) & {"科技服务", "生产性服务业"}


def test_an_institutes_capability_in_a_field_is_no_sector_of_the_zone(tmp_path):
    # round 140 (苏州, Traditional script): …華東分所在集成電路領域已經具備較全面的檢驗檢測硬件與技術服務能力 (集成电路 and 检验检测
    # read as the zone's sectors)
    text = ("近日,經江蘇省市場監督管理局批準,位于蘇州高新區的工業和信息化部電子第五研究所華東分所獲批籌建“江蘇省集成電路產品質量檢驗檢測中心”。"
            "2005年,工業和信息化部電子第五研究所華東分所,即中國賽寶(華東)實驗室落地高新區。"
            "經過多年的建設與投入,目前工業和信息化部電子第五研究所華東分所在集成電路領域已經具備較全面的檢驗檢測硬件與技術服務能力,"
            "覆蓋材料物性表征、可靠性評價、功能性能測試、封裝工藝驗證、板級分析驗證、失效分析等方面。")
    assert not _industries(tmp_path, text) & {"集成电路", "检验检测"}


def test_a_science_city_named_after_a_sector_is_a_place(tmp_path):
    # round 140 (昌吉): 昌吉国家农高区将现代农业科技城与榆泉现代农业产业示范区部分区域纳入自贸联动区范围 (现代农业 read as the zone's sector)
    text = "政策红利的持续释放为外贸发展保驾护航。昌吉国家农高区将现代农业科技城与榆泉现代农业产业示范区部分区域纳入自贸联动区范围,让辖区企业直接享受相关政策"
    assert "现代农业" not in _industries(tmp_path, text)


def test_a_plan_in_quotes_after_its_issuer_joined_to_what_came_first(tmp_path):
    # round 140 (清远): 按照省委“1310”具体部署和市委“十大行动方案”“两张清单” (no policy: the verb stood before the first item)
    text = ("2023年,清远高新区扎实开展学习贯彻习近平新时代中国特色社会主义思想主题教育,按照省委“1310”具体部署和市委“十大行动方案”“两张清单”,"
            "锚定高质量发展首要任务,推动高新区实现高质量发展。")
    assert ("清远高新技术产业开发区", "implementsPolicy", "十大行动方案") in facts_of(tmp_path, text)


def test_a_norinco_institute_belongs_to_the_group(tmp_path):
    # round 140 (重庆): 园区加快建设中国兵器工业第五九研究所科研与测试评价产业化基地 (no parent)
    text = ("2016年9月,国家质检基地项目在重庆高新区挂牌后,园区加快建设中国兵器工业第五九研究所科研与测试评价产业化基地、"
            "北斗导航检测、梅安森矿山安全检测等检验检测项目。")
    assert ("中国兵器工业第五九研究所", "subOrganizationOf", "中国兵器工业集团有限公司") in facts_of(tmp_path, text)


def test_short_names_listed_as_those_who_develop_a_market(tmp_path):
    # round 140 (昌吉): 新茄食品、阜北国际深耕番茄制品出口,…;慧尔农业、华兴集团积极拓展…海外渠道 (阜北国际 and 慧尔农业 not read)
    text = ("同时,打破以农副产品出口为主的单一格局,昌吉国家农高区推动外贸业态向多元化升级。新茄食品、阜北国际深耕番茄制品出口,"
            "持续巩固中亚市场;慧尔农业、华兴集团积极拓展智能施肥机、葡萄酒等产品海外渠道。")
    assert {"新茄食品", "阜北国际", "慧尔农业", "华兴集团"} <= _hosted(tmp_path, text)


def test_an_institute_named_as_the_institute_works_with_its_own_partners(tmp_path):
    # round 140 (徐州): 研究院依托上海交通大学, …; 研究院可以与省安全应急装备技术创新中心、云龙湖实验室强强联合 (each read as the zone's partner)
    text = ("近日,徐州市委常委、铜山区委书记、徐州高新区党工委书记龚维芳莅临我院考察调研。"
            "龚维芳书记对我院高质量发展以及促进徐州产业链“强链、补链”等方面取得的成效予以充分肯定,她指出,研究院依托上海交通大学,"
            "以平台化建设助推基础研究向应用研究转化,在解决产业共性需求及“卡脖子”难题上发挥了重大引领带动作用。 "
            "同时,龚维芳书记强调,研究院可以与省安全应急装备技术创新中心、云龙湖实验室强强联合,聚焦重点任务,拓展合作领域。")
    assert not [f for f in facts_of(tmp_path, text) if f[1] == "partnersWith"]


def test_a_cluster_whose_sector_is_glossed_in_brackets(tmp_path):
    # round 140 (厦门): …打造出一个上下游关联、…的电力电器(输配电及控制设备)产业集群 (no cluster: the gloss stood between)
    text = ("厦门火炬高新区电力电器产业发展势头强劲。依托火炬计划厦门电力电器特色产业基地,火炬高新区以龙头企业为聚集内核,"
            "引进一批科技含量高、专业配套能力强、分工协作、富于竞争力的配套企业,"
            "打造出一个上下游关联、产品互补、资源互补、功能互补的电力电器(输配电及控制设备)产业集群。")
    assert [f for f in facts_of(tmp_path, text) if f[1] == "hasCluster"]


def test_a_core_subsidiary_named_after_a_dash(tmp_path):
    # round 141 (武汉): 习近平总书记来到华工科技核心子公司——武汉华工激光工程有限责任公司考察 (no parent)
    text = ("2022年6月28日,习近平总书记来到华工科技核心子公司——武汉华工激光工程有限责任公司考察并发表重要讲话指出,"
            "光电子信息产业是应用广泛的战略高技术产业。")
    assert ("武汉华工激光工程有限责任公司", "subOrganizationOf", "华工科技产业股份有限公司") in facts_of(tmp_path, text)


def test_a_listed_companys_announcement_speaks_of_itself(tmp_path):
    # round 141 (长春): 关于控股子公司签署合作框架协议的公告 / 本公司及其董事会…; 短期内不会对万方城镇投资发 / 展股份有限公司…;
    # 公司控股子公司吉林万方百奥… (firms 公告本, 短期内不会对万方…, 公司控股)
    text = ("                     万方城镇投资发展股份有限公司\n\n              关于控股子公司签署合作框架协议的公告\n\n"
            "      本公司及其董事会全体成员保证信息披露内容的真实、准确、完整,没有\n 虚假记载、误导性陈述或重大遗漏。\n\n"
            "    2、鉴于协议各方合作尚处于前期筹备阶段,短期内不会对万方城镇投资发\n展股份有限公司(以下简称“公司”)的经营业绩产生重大影响。"
            "请投资者谨慎\n决策、注意投资风险。\n\n    一、协议签署概述\n"
            "    公司控股子公司吉林万方百奥生物科技有限公司于2020年11月5日与吉林大\n学转化医学研究院、长春净月高新技术产业开发区科技局签订了《合作框架协议》。")
    assert _hosted(tmp_path, text) == {"万方城镇投资发展股份有限公司", "吉林万方百奥生物科技有限公司"}


def test_a_university_that_owns_a_firm_is_no_partner_of_the_zone(tmp_path):
    # round 141 (武汉): 作为华中科技大学校办企业,依托… (华中科技大学 read as the zone's partner)
    text = ("华工科技是中国光谷的龙头企业。这并非华工科技第一次迎来高光时刻。2000年6月,头顶“中国激光第一股”光环,华工科技在深交所上市。"
            "作为华中科技大学校办企业,依托")
    assert not [f for f in facts_of(tmp_path, text) if f[1] == "partnersWith"]


def test_the_fields_a_days_projects_span_are_no_sectors_of_the_zone(tmp_path):
    # round 141 (宜昌): 当日开工的190个项目涵盖产业发展、基础设施、生态环保、社会民生等领域 (each read as the zone's sector)
    text = ("  开工活动主会场设在位于宜昌高新区白洋工业园的晟康生物医药项目现场。"
            "  据了解,当日开工的190个项目涵盖产业发展、基础设施、生态环保、社会民生等领域。")
    assert not _industries(tmp_path, text) & {"产业发展", "节能环保", "社会民生"}


def test_zhongshans_zone_by_its_local_name(tmp_path):
    # round 141 (中山, Traditional script): 一場別致的「創客沙龍」活動在火炬區零壹共創孵化器內舉行; 零壹共創孵化器…吸引了天正科技、
    # 博頓光電、藍沛醫療等一批知名企業入駐,成為火炬區知名的科技企業孵化器之一 (no zone: 火炬区 was not known as 中山火炬's)
    text = ("吃點心、品咖啡、聽音樂、自由談……12月18日晚,一場別致的「創客沙龍」活動在火炬區零壹共創孵化器內舉行。"
            "零壹共創孵化器成立於2016年,2017年正式投入運營,吸引了天正科技、博頓光電、藍沛醫療等一批知名企業入駐,"
            "成為火炬區知名的科技企業孵化器之一。")
    assert {"天正科技", "博顿光电"} <= _hosted(tmp_path, text)


def test_a_students_major_and_an_incubator_named_after_a_sector(tmp_path):
    # round 141 (中山): 創始人鄭立野,2016年從中山火炬職業技術學院食品專業畢業後,「直通」到學校附近的食品產業孵化器擔任技術工作
    # (食品饮料 read as the zone's sector)
    text = ("12月18日晚,一場別致的「創客沙龍」活動在火炬區零壹共創孵化器內舉行。"
            "創始人鄭立野,2016年從中山火炬職業技術學院食品專業畢業後,「直通」到學校附近的食品產業孵化器擔任技術工作。")
    assert "食品饮料" not in _industries(tmp_path, text)


def test_a_corner_quoted_title_opens_no_company(tmp_path):
    # round 141 (东莞, 香港商报): 广东「科技奖」放榜松山湖获奖项目实现翻番 (a firm 广东「科技)
    text = "广东「科技奖」放榜松山湖获奖项目实现翻番"
    assert not _hosted(tmp_path, text)


def test_wuxis_new_district_and_its_life_science_industry(tmp_path):
    # round 142 (无锡): …听取无锡新区生命科技产业园薛志峰副主任对高新区生命科技产业发展状况的介绍 (无锡新区, the zone's old
    # administrative name, and 生命科技 unknown: no zone, no sector)
    text = ("    随后,调研组抵达新区530创业大厦,听取无锡新区生命科技产业园薛志峰副主任对高新区生命科技产业发展状况的介绍,"
            "现场观看了海斯凯尔、三联生物、维怡医疗、尚沃生物、TCL等企业创新成果展示,并与企业进行了现场互动。")
    assert ("无锡高新技术产业开发区", "hasIndustry", "生物产业") in facts_of(tmp_path, text)


def test_environmental_protection_and_energy_saving_in_either_order(tmp_path):
    # round 142 (武汉): 即光电子信息为核心产业,生物、环保节能、高端装备为战略产业 (环保节能 unknown: the list was not read)
    text = " 东湖高新区的产业结构为“131”形态,即光电子信息为核心产业,生物、环保节能、高端装备为战略产业,高技术服务业为先导产业。"
    assert {"节能环保", "高端装备制造"} <= _industries(tmp_path, text)


def test_a_legal_name_with_a_joiner_after_its_place(tmp_path):
    # round 142 (无锡): 调研组首先赴无锡新区生命科技园总部研发区参观无锡和邦生物科技有限公司 (a firm 邦生物科技有限公司: cut at 和)
    text = "    调研组首先赴无锡新区生命科技园总部研发区参观无锡和邦生物科技有限公司,该公司为无锡市政府引进的2006年度“530”项目之一。"
    assert "无锡和邦生物科技有限公司" in _hosted(tmp_path, text)


def test_traditional_script_as_opens_a_list_of_firms(tmp_path):
    # round 142 (绵阳, Traditional script): 而隨著天通、弘奧達、俊宏、桑立德、永馳等一大批配套企業的建成 (a firm 随著天通)
    text = ("綿陽高新區逐漸形成了九州工業園、岷山機電工業園、筆電產業園等一批特色園區,而隨著天通、弘奧達、俊宏、桑立德、永馳等一大批"
            "配套企業的建成,電子信息產業的集群效應將進一步顯現。")
    assert "天通" in _hosted(tmp_path, text)


def test_firms_named_in_quotes_after_their_registered_capital(tmp_path):
    # round 142 (苏州): 注册资本达2亿美元的“港中旅成得置业”、注册资本100亿元的“国寿基金”、注册资本2000万美元的“涌至江南融资租赁”…
    # 等项目均已启动 (no firms)
    text = ("3月15日,苏州高新区与日本美思佰乐中部株式会社签约。作为苏州市重点商圈之一,狮山商贸区提档升级工作进入实质性的开发建设阶段。"
            "注册资本达2亿美元的“港中旅成得置业”、注册资本100亿元的“国寿基金”、注册资本2000万美元的“涌至江南融资租赁”"
            "以及注册资本1270万美元的永旺美思佰乐(江苏)总部等项目均已启动。")
    assert {"港中旅成得置业", "国寿基金", "涌至江南融资租赁"} <= _hosted(tmp_path, text)


def test_a_firm_named_after_the_bare_zone_word_with_a_brand_and_company(tmp_path):
    # round 142 (绵阳, Traditional script): 長期為艾默生配套的高新區建誠電子科技公司更是做出了雄心勃勃的發展規劃 (no firm: the zone
    # word ran into the name, and 建 was taken for a word of the zone's own company)
    text = "綿陽高新區瞄準國際市場。長期為艾默生配套的高新區建誠電子科技公司更是做出了雄心勃勃的發展規劃,已建成了專門的配套工業園。"
    assert "建诚电子科技" in _hosted(tmp_path, text)


def test_a_brand_with_its_ending_is_the_legal_name_with_its_business_between(tmp_path):
    # round 142 (合肥): 合肥高新区自主培育企业安徽华米信息科技有限公司…; “依托华米科技、德仁体育、…等多家重点核心企业…” (two firms)
    text = ("  同时,合肥高新区自主培育企业安徽华米信息科技有限公司也被列入33个国家体育产业示范单位名单。"
            "  “依托华米科技、德仁体育、中自体育、恒诚智能、信同科技等多家重点核心企业,合肥高新区正着力打造高水平全产业链智慧体育产业聚集区。”")
    hosted = _hosted(tmp_path, text)
    assert "安徽华米信息科技有限公司" in hosted and "华米科技" not in hosted


def test_labs_counted_with_more_than_and_a_branch_described_are_no_names(tmp_path):
    # round 143 (上海, 济南): …感官评价等10余个测量实验室 (an institute 余个测量实验室); 计划筹建的国家量子科学中心的一个分中心
    # (an institute 国家量子科学中心的一个分中心)
    text = ("该研究院人体成像与测量、睡眠与生物电、人体能量代谢舱、皮肤表型测量、感官评价等10余个测量实验室,"
            "会逐一检测分子蛋白质组、分子代谢组、细胞、语音、肤纹、肌骨系统等表型数据。")
    assert not [m for m in find_mentions(text) if m.kind == "ResearchInstitute"]
    text = "研究院还有一个特殊的身份:计划筹建的国家量子科学中心的一个分中心。"
    assert [m.surface for m in find_mentions(text) if m.kind == "ResearchInstitute"] == ["国家量子科学中心"]


def test_kinds_of_strength_of_firm_and_of_data_are_no_companies(tmp_path):
    # round 143 (上海): …融汇成张江科学城生生不息、创新发展的内生动力 (a firm 内生动力); 包括微软、…在内的跨国巨头、BAT龙头、
    # 科研院所和独角兽企业 (firms 跨国巨头, BAT龙头); …、肌骨系统等表型数据 (a firm 表型数据)
    for text in ("30年来,张江科学城坚持开放包容,卓越创新,吸引着创新创业人才纷至沓来,融汇成张江科学城生生不息、创新发展的内生动力。",
                 "目前已有15家企业签约上海张江人工智能岛,另有5家企业在谈,吸引了包括微软、阿里巴巴、同济大学、云从科技在内的跨国巨头、"
                 "BAT龙头、科研院所和独角兽企业入驻园区。",
                 "该研究院人体成像与测量、睡眠与生物电、感官评价等10余个测量实验室,会逐一检测分子蛋白质组、分子代谢组、细胞、语音、"
                 "肤纹、肌骨系统等表型数据。"):
        names = {m.surface for m in find_mentions(text) if m.kind == "Enterprise"}
        assert not names & {"内生动力", "跨国巨头", "BAT龙头", "表型数据"}


def test_the_first_item_of_a_list_of_known_firms_is_no_sector(tmp_path):
    # round 143 (北京, Taiwan usage): 目前該設計園已有包括銳迪科、文安科技、集創北方、兆易創新、思比科、耐威科技等積體電路產業鏈設計、
    # 投資、孵化機構入駐 (銳迪科 read as a sector: the first item was read alone, without its known peers)
    text = "北京中關村積體電路設計園開工。據悉,目前該設計園已有包括銳迪科、文安科技、集創北方、兆易創新、思比科、耐威科技等積體電路產業鏈設計、投資、孵化機構入駐。"
    assert "锐迪科" not in _industries(tmp_path, text)
    assert {"锐迪科", "思比科"} <= _hosted(tmp_path, text)


def test_taiwan_usage_for_chips_software_and_hardware(tmp_path):
    # round 143 (北京, Taiwan usage): 園區定位將覆蓋晶片設計、基礎軟體、物聯網、雲計算、智慧硬體等 (晶片設計, 基礎軟體, 智慧硬體 unknown,
    # so the list was not read)
    text = ("總建築面積21萬平方米的“中關村積體電路設計園”日前在北京中關村核心區啟動建設。"
            " 中關村發展集團董事長許強介紹,園區定位將覆蓋晶片設計、基礎軟體、物聯網、雲計算、智慧硬體等,"
            "與北京經濟技術開發區的製造基地形成三地協同發展,促進積體電路產業在京津冀區域加速發展。")
    assert {"集成电路设计", "基础软件", "智能硬件"} <= _industries(tmp_path, text)


def test_zhangjiang_by_its_bare_name_on_a_page_about_it(tmp_path):
    # round 143 (上海, Traditional script): 張江的引力…; 經過30余年的迭代發展,張江作為生物醫藥創新引領核心區,… (no zone: 张江 is also
    # a town's name, and a place was no zone's nickname)
    text = ("這里,是上海地圖上的「科學之城」。張江的引力,正讓全球視野與本土智慧在此交融。\n"
            "經過30余年的迭代發展,張江作為生物醫藥創新引領核心區,已成為生物醫藥產業鏈條最完整、生態最優良、人才最集聚、"
            "創新最活躍的區域之一。")
    assert ("上海张江高新技术产业开发区", "hasIndustry", "生物医药") in facts_of(tmp_path, text)


def test_an_institute_named_after_zhangjiang_does_not_make_it_the_pages_zone(tmp_path):
    # round 136 (石家庄): 上海张江产业工程院 twice on a page about 石家庄高新区's bare 高新区 (张江 counted as the page's zone)
    text = ("为促进生物医药园发展，近日，石家庄高新区党工委带队赴上海开展项目考察。上海张江产业工程院从园区产业、规划、建设、管理"
            "以及引入社会资本等方面进行了介绍。上海张江产业工程院还将与高新区开展合作。今年首季,全区聚焦生物医药、化工新材料和新一代"
            "电子信息产业。")
    assert not [f for f in facts_of(tmp_path, text) if f[0] == "上海张江高新技术产业开发区"]


def test_the_fields_whose_problems_a_facility_serves_are_no_sectors(tmp_path):
    # round 143 (重庆): 该装置将面向经济主战场,…,服务先进制造、先进材料、新能源、信息技术、生物医药中的核心科学问题 (five sectors)
    text = ("重庆高新区超瞬态实验装置开工。作为肩负原始创新重任的“科学重器”,该装置将面向经济主战场,建设3.0 GeV直线加速器,"
            "0.5 GeV和3.0 GeV储存环,8条X光线站以及5个电子探针平台,服务先进制造、先进材料、新能源、信息技术、生物医药中的核心科学问题。")
    assert not _industries(tmp_path, text)


def test_a_proposal_verb_and_a_preposition_open_no_institute(tmp_path):
    # round 143 (襄阳, 武汉): 由泰尔实验室提出国家产业创新中心组建方案编制提纲 (an institute 泰尔实验室提出国家产业创新中心);
    # 600多名研发、服务人员繁忙穿梭于研发中心、中试车间和项目办公点 (an institute 人员繁忙穿梭于研发中心)
    text = "襄阳高新区管委会与考察组会谈:由泰尔实验室提出国家产业创新中心组建方案编制提纲;襄阳市政府争取湖北省政府支持。"
    assert "泰尔实验室提出国家产业创新中心" not in {m.surface for m in find_mentions(text)}
    text = "位于大学园路上的黄石(武汉)离岸科创园内,600多名研发、服务人员繁忙穿梭于研发中心、中试车间和项目办公点,为60公里外的黄石贡献才智。"
    assert not [m for m in find_mentions(text) if m.kind == "ResearchInstitute"]


def test_a_firms_own_research_centre_is_no_partner_of_the_zone(tmp_path):
    # round 143 (武汉): 上达(黄石)电子设立的柔性电路板和覆晶薄膜武汉技术研发中心,… (the centre read as the zone's partner)
    text = ("公司研发中心也因此从阳新迁到光谷。这家阳新企业在光谷的茁壮成长不是孤例:同批入园的湖北博控自动化,已与武汉高校合作申请4项专利;"
            "上达(黄石)电子设立的柔性电路板和覆晶薄膜武汉技术研发中心,正与武汉大学两个科研团队一起开展联合技术攻关。")
    assert not {o for s, p, o in facts_of(tmp_path, text) if p == "partnersWith"} & {"覆晶薄膜武汉技术研发中心",
                                                                                  "柔性电路板和覆晶薄膜武汉技术研发中心"}


def test_a_signed_batch_of_projects_named_as_the_sectors_they_are(tmp_path):
    # round 144 (厦门): 本次签约的15个项目涉及新能源、平板显示、电力电器与通信、集成电路等多个厦门重点布局产业 (the sectors were
    # dropped by the rule for a day's batch of projects spanning fields: …项目涵盖产业发展、…、社会民生等领域)
    text = "据厦门火炬高新区相关负责人介绍,本次签约的15个项目涉及新能源、平板显示、电力电器与通信、集成电路等多个厦门重点布局产业。"
    assert {"新能源", "新型显示", "集成电路"} <= _industries(tmp_path, text)


def test_xiaoshan_linjiang_under_its_new_name(tmp_path):
    # round 144 (杭州): 原“萧山临江高新技术产业开发区”正式更名为“杭州钱塘高新技术产业开发区”; 杭州钱塘高新技术产业开发区…形成以汽车、
    # 生物医药、…为代表的现代化产业集群 (a zone of its own, not in the standard's list)
    text = ("近日,经国务院批复同意,原“萧山临江高新技术产业开发区”正式更名为“杭州钱塘高新技术产业开发区”。"
            "杭州钱塘高新技术产业开发区始建于2003年,于2015年2月升级为国家高新技术产业开发区。经过多年发展,昔日滩涂已成为省市重要"
            "产业平台,形成以汽车、生物医药、集成电路、新材料、航空航天为代表的现代化产业集群。")
    assert ("萧山临江高新技术产业开发区", "hasIndustry", "生物医药") in facts_of(tmp_path, text)
    assert not [f for f in facts_of(tmp_path, text) if f[0] == "杭州钱塘高新技术产业开发区"]


def test_a_zones_plans_named_without_title_marks(tmp_path):
    # round 144 (成都, 合肥): 根据成都高新区“十三五”发展规划,… (no policy: only 十四五 and later were read); 安徽合肥高新区“一带一路”
    # 实施方案发布会… (no policy: the 实施 of 实施方案 was taken for the zone's act)
    text = "根据成都高新区“十三五”发展规划,到2020年,成都高新区实现全口径产业总产值10000亿元,聚集科技企业10000家。"
    assert ("成都高新技术产业开发区", "implementsPolicy", "成都高新区“十三五”发展规划") in facts_of(tmp_path, text)
    text = "10月29日上午,安徽合肥高新区“一带一路”实施方案发布会暨侨梦苑第三届海外创新创业大赛决赛举办。"
    assert ("合肥高新技术产业开发区", "implementsPolicy", "合肥高新区“一带一路”实施方案") in facts_of(tmp_path, text)


def test_entrepreneurs_from_firms_discussing_at_a_meeting(tmp_path):
    # round 144 (武汉, Traditional script): 武漢東湖高新區機器人產業投資交流暨招商推介會在深圳舉辦。來自埃斯頓、中科新松、…、六環傳動等
    # 機器人產業鏈頭部企業的40余位企業家,共同圍繞機器人熱點話題展開深入探討 (seven firms read as the zone's)
    text = ("日,武漢東湖高新區機器人產業投資交流暨招商推介會在深圳舉辦。來自埃斯頓、中科新松、大族、艾利特、利元亨、梅卡曼德、六環傳動等"
            "機器人產業鏈頭部企業的40余位企業家,共同圍繞機器人熱點話題展開深入探討。")
    assert not _hosted(tmp_path, text)


def test_a_plan_the_state_issued_and_a_verb_of_meeting_needs(tmp_path):
    # round 144 (武汉, 天津): 为推进新型工业化、加快建设制造强国,国家出台《“十四五”机器人产业发展规划》 (the zone carrying it out and
    # issuing it); 高新区全方位满足脑机海河实验室的科研要求 (an institute 高新区全方位满足脑机海河实验室)
    text = ("武汉东湖高新区机器人产业投资交流暨招商推介会在深圳举办。"
            "为推进新型工业化、加快建设制造强国,国家出台《“十四五”机器人产业发展规划》,将机器人产业作为战略性新兴产业予以重点支持。")
    assert not [f for f in facts_of(tmp_path, text) if f[1] in ("implementsPolicy", "issuedBy")]
    text = "在此期间,天津滨海高新区全方位满足脑机海河实验室的科研要求、设备需要、办公诉求、产业化发展需求等。"
    assert [m.surface for m in find_mentions(text) if m.kind == "ResearchInstitute"] == ["脑机海河实验室"]


def test_hospitals_listed_with_universities_and_a_generation_before_a_title(tmp_path):
    # round 144 (武汉): 已与华科大、武大等高等院校以及同济、协和、省人民、中南、中部战区总医院等顶尖医疗机构合作 (firms 协和, 省人民, 中南;
    # 华科大 unknown); round 111 (武汉): 华科大80后博士曾建华,立志打造… (华中科技大学 read as the zone's partner once 华科大 was known)
    text = ("光谷发展脑机接口产业正当其时。目前,已与华科大、武大等高等院校以及同济、协和、省人民、中南、中部战区总医院等顶尖医疗机构合作,"
            "成立产业创新发展联盟、组建国际创新中心、开设门诊与融合病房,完成多例临床试验。")
    mentions = find_mentions(text)
    assert not [m for m in mentions if m.kind == "Enterprise"]
    assert "华中科技大学" in {m.name for m in mentions if m.kind == "ResearchInstitute"}
    text = "3月28日从光谷生物城获悉,2012年,武汉生物产业总收入750亿元,其中401亿来自光谷。一批创新成果世界领先。华科大80后博士曾建华,立志打造中国的雅诗兰黛。"
    assert "华中科技大学" not in {o for s, p, o in facts_of(tmp_path, text) if p == "partnersWith"}


def test_a_footer_crediting_the_sites_technical_provider(tmp_path):
    # round 144 (杭州): ◎ 桐庐县融媒体中心 / 版权所有◎All Rights Reserved / 江苏路特数字科技有限公司 仅提供技术服务支持,
    # 文字、图片、视频版权归属发布媒体 (a firm of the zone)
    text = ("杭州钱塘高新技术产业开发区始建于2003年,于2015年2月升级为国家高新技术产业开发区。\n◎ 桐庐县融媒体中心\n"
            "版权所有◎All Rights Reserved\n江苏路特数字科技有限公司 仅提供技术服务支持, 文字、图片、视频版权归属发布媒体\n")
    assert not _hosted(tmp_path, text)


def test_an_innovation_chain_and_a_policy_taken_as_the_lever(tmp_path):
    # round 145 (鞍山, 大连): 重点打造冶金矿山及节能环保装备、电力装备和汽车及零部件创新链 (no sector: no cue); 大连高新区以市委、
    # 区党工委《提升清单》为抓手 (the zone not carrying it out)
    text = ("鞍山高新区充分发挥高端装备、消费品、化工产业等领域明显优势,围绕制造业高端化、智能化、绿色化发展需求,"
            "重点打造冶金矿山及节能环保装备、电力装备和汽车及零部件创新链。")
    assert "电力装备" in _industries(tmp_path, text)
    text = "2024年,大连高新区以市委、区党工委《提升清单》为抓手,以全面深化改革为动力,顶住经济下行压力,着力增强经济活力。"
    assert ("大连高新技术产业园区", "implementsPolicy", "提升清单") in facts_of(tmp_path, text)


def test_a_numbered_policy_named_with_what_it_is_for_keeps_its_number_as_a_form(tmp_path):
    # round 145 (南昌, Traditional script): 南昌高新區啟動建設了投資100億元的千畝高新數谷,出臺了高新數谷“黃金十條” (the policy known
    # only as 高新数谷“黄金十条”, not as 黄金十条)
    registry = registry_of(tmp_path, "今年以來,南昌高新區啟動建設了投資100億元的千畝高新數谷,出臺了高新數谷“黃金十條”,吸引企業入駐。")
    forms = {form for entity in registry.entities.values() if entity.kind == "Policy" for form in entity.forms}
    assert "黄金十条" in forms


def test_weihais_zone_by_its_local_bare_name(tmp_path):
    # round 146 (威海): 来源: Hi威海客户端…; 记者从高区商务局获悉,今年上半年,高区新签约重点产业项目16个,…涵盖高端医疗装备、新材料装备、
    # 新能源汽车、电子、打印机等重点产业领域 (no zone: 高区, as 威海's pages call their zone, was no bare zone word)
    text = ("来源: Hi威海客户端2024-07-29 09:35:36\n\n  记者从高区商务局获悉,今年上半年,高区新签约重点产业项目16个,总投资82.9亿元,"
            "涵盖高端医疗装备、新材料装备、新能源汽车、电子、打印机等重点产业领域,为加速推动产业建圈强链奠定了坚实基础。")
    assert ("威海火炬高技术产业开发区", "hasIndustry", "新能源汽车") in facts_of(tmp_path, text)


def test_the_sub_sectors_a_list_names(tmp_path):
    # round 145 (南昌, Traditional script): 醫藥健康產業特色鮮明,…已形成擁有醫藥產品、醫療器械、醫療保健品、生物制品、檢測服務等細分產業
    # (细分产业 headed no list of sectors)
    text = ("今年以來,南昌高新區啟動建設了投資100億元的千畝高新數谷;醫藥健康產業特色鮮明,營收137億元,同比增長3.1%,"
            "已形成擁有醫藥產品、醫療器械、醫療保健品、生物制品、檢測服務等細分產業,涵蓋從研發、制造到配送銷售的完整產業鏈。")
    assert {"医药产品", "生物制品", "检测服务"} <= _industries(tmp_path, text)


def test_a_list_headed_by_the_kind_of_service_or_manufacturing_it_makes_up(tmp_path):
    # round 144 (成都): 南部园区初步建成聚集金融商务、科技研发、软件外包、商贸会展等高端服务业的“现代商务中心、高端产业新城”
    # (no sectors: 高端服务业 headed no list)
    text = "成都高新区南部园区初步建成聚集金融商务、科技研发、软件外包、商贸会展等高端服务业的 “现代商务中心、高端产业新城”。"
    assert {"金融商务", "软件外包"} <= _industries(tmp_path, text)


def test_a_list_of_firms_after_its_head_noun_project(tmp_path):
    # round 146 (威海): 新增签约项目华禧生物、宏怡电子等16个 (a firm 项目华禧生物)
    text = "记者从高区商务局获悉,今年上半年,威海高区新增签约项目华禧生物、宏怡电子等16个,签约项目数量同比增长100%。"
    hosted = _hosted(tmp_path, text)
    assert "华禧生物" in hosted and "项目华禧生物" not in hosted


def test_a_known_lab_listed_with_science_facilities(tmp_path):
    # round 146 (东莞): 有力推动中国散裂中子源、松山湖材料实验室、先进阿秒激光、南方光源研究测试平台等大科学装置、重大创新平台建设提速
    # (no institute: the list's facilities took the known lab with them)
    text = ("东莞松山湖高新区:自2020年纳入大湾区综合性国家科学中心先行启动区,松山湖科学城“四梁八柱”重大项目有序推进,"
            "有力推动中国散裂中子源、松山湖材料实验室、先进阿秒激光、南方光源研究测试平台等大科学装置、重大创新平台建设提速。")
    assert "松山湖材料实验室" in kinds(text, "ResearchInstitute")


def test_a_list_closed_by_deng_inside_another_lists_item(tmp_path):
    # round 147 (泉州, Traditional script): 再到佈局半導體和集成電路、新能源新材料、人工智能、算力經濟、低空經濟等新興產業、未來產業
    # (a sector 低空经济等新兴: the 、 after 新興產業 had made one item of the list's end and its head)
    text = ("泉州南翼國家高新區的核心區南安,依託全國化合物半導體高新技術產業園,泉州高新區再到佈局半導體和集成電路、新能源新材料、"
            "人工智能、算力經濟、低空經濟等新興產業、未來產業。")
    sectors = _industries(tmp_path, text)
    assert "低空经济" in sectors and not any("等" in sector for sector in sectors)


def test_a_project_lists_first_item_after_its_sum_and_an_item_after_what_its_firm_is(tmp_path):
    # round 147 (威海): 威高今年新上了总投资100亿元的威高生物疫苗、血液透析六期等项目 (a firm 总投资: the first item ran
    # on from the clause, past the sum); round 107 (合肥), which the first change alone broke: 其中包括拟投资20亿元的
    # 卡为科技总部中心项目、科创板首批上市企业睿创微纳红外热成像终端项目等 (a firm 科创板, not the listed firm after it)
    weihai = "威海高新区龙头企业抢抓机遇，加速冲击新目标。威高今年新上了总投资100亿元的威高生物疫苗、血液透析六期等项目。"
    hefei = ("本次集中签约的36个项目涵盖智能制造全产业链，总投资约123亿元。其中包括拟投资20亿元的卡为科技总部中心项目、"
             "科创板首批上市企业睿创微纳红外热成像终端项目等一批优秀的高新技术企业项目。合肥高新区将全力做好服务。")
    hosted = _hosted(tmp_path, weihai)
    assert "威高生物" in hosted and "总投资" not in hosted
    assert "科创板" not in _hosted(tmp_path, hefei)


def test_two_firms_joined_by_he_heading_a_batch_of_firms(tmp_path):
    # round 147 (威海): 海富光子和新北洋等一批科技型企业坚持技术创新 (only the known 新北洋, and a sector 光电 from 海富光子)
    text = ("威海高新区上半年主要经济指标均超过预期。以迪尚为代表的防疫物资产业第一时间转产扩能。"
            "海富光子和新北洋等一批科技型企业坚持技术创新，产品技术升级，客户订单增加。")
    assert "海富光子" in _hosted(tmp_path, text) and "光电" not in _industries(tmp_path, text)


def test_the_buyer_whose_tenders_a_firm_won(tmp_path):
    # round 147 (衡阳): 湖南长高森源电力设备有限公司…,公司产品在国家电网公司中标额排名湖南第一 (国家电网 hosted by the zone)
    text = ("衡阳高新区白沙片区第一家入园企业——湖南长高森源电力设备有限公司，2023年1至7月完成产值1.6亿元，"
            "公司产品在国家电网公司中标额排名湖南第一。")
    hosted = _hosted(tmp_path, text)
    assert "湖南长高森源电力设备有限公司" in hosted and not any("国家电网" in name for name in hosted)


def test_the_citys_meeting_after_which_the_zone_acted_is_no_subject(tmp_path):
    # round 147 (宁波, Traditional script): 全市部署會後,高新區第一時間謀劃制訂了《搶抓機遇加快重點領域新興產業發展實施意見》
    # (no policy: 全市 opening the sentence made it the city's)
    text = ("宁波国家高新区一角。\n\n全市部署会后，高新区第一时间谋划制订了《抢抓机遇加快重点领域新兴产业发展实施意见》。")
    assert ("宁波高新技术产业开发区", "implementsPolicy", "抢抓机遇加快重点领域新兴产业发展实施意见") in facts_of(tmp_path, text)


def test_a_plan_the_zone_zhiding_written_the_other_way_is_its_own(tmp_path):
    # round 147 (宁波): 高新區第一時間謀劃制訂了《…實施意見》 (制订, the other way to write 制定, made no issuer)
    text = ("宁波国家高新区一角。\n\n宁波高新区第一时间谋划制订了《抢抓机遇加快重点领域新兴产业发展实施意见》。")
    assert ("抢抓机遇加快重点领域新兴产业发展实施意见", "issuedBy", "宁波高新技术产业开发区") in facts_of(tmp_path, text)


def test_a_unit_named_by_a_groups_brand_without_its_keji(tmp_path):
    # round 147 (清远): 豪美集团、先导科技集团分别增长20.8%和11.4%…其中金禄电子、先导微电子等龙头企业带动技改投资增长
    # (先导微电子 of no group: the group's brand was read as 先导科技)
    text = ("清远日报讯 上半年清远高新区规上工业增加值同比增长7.7%。龙头企业“顶梁柱”效应突出———楚江集团增加值激增47.9%，"
            "豪美集团、先导科技集团分别增长20.8%和11.4%。此外，上半年清远高新区54个技改项目投资同比劲增28.8%，"
            "其中金禄电子、先导微电子等龙头企业带动技改投资增长25.8个百分点。")
    assert ("先导微电子", "subOrganizationOf", "先导科技集团") in facts_of(tmp_path, text)


def test_a_groups_unit_before_the_place_it_builds_in(tmp_path):
    # round 147 (随州): 国民技术锂动力电池负极材料产业园,中粮家佳康广水肉食品全产业链项目 (no firm: 中粮, a known group,
    # then its unit's words and the county where it builds); not 比亚迪收购了西安秦川… (a verb after the group)
    units = registry_of(tmp_path, "随州高新区开工了中粮家佳康广水肉食品全产业链项目。").entities.values()
    assert any(entity.name == "中粮家佳康" and entity.parent is not None for entity in units)
    assert "比亚迪收购了" not in {m.surface for m in find_mentions("2003年，比亚迪收购了西安秦川汽车有限责任公司。")}


def test_a_legal_name_with_a_long_qualifier_in_brackets(tmp_path):
    # round 147 (保定, Traditional script): 保定中關村信息谷科技服務有限公司與京匯風云產業集團(海南經濟特區)有限公司共建…
    # (京汇风云产业集团: brackets of up to four characters were read as part of a legal name, not six)
    text = "峰会期间，保定中关村信息谷科技服务有限公司与京汇风云产业集团(海南经济特区)有限公司共建“保定中关村产业金融中心”。"
    assert "京汇风云产业集团(海南经济特区)有限公司" in kinds(text, "Enterprise")


def test_a_sub_parks_cluster_is_no_part_of_its_sector(tmp_path):
    # round 145 (北京): 中关村海淀园人工智能产业集群 (a sector 园人工智能: the sub-park's district was cut off, its 园 not)
    sectors = set(kinds("中关村海淀园人工智能产业集群发展迅速。", "Industry"))
    assert sectors and not any(sector.startswith("园") for sector in sectors)


def test_a_count_of_tiers_and_a_kind_of_service_company_name_no_firm(tmp_path):
    # round 148 (武汉): 建立了综合党委、子园区党总支、企业党组织三级党建网络 (a firm 三级党建网络, by its ending 网络);
    # 还协调基地管理公司、物业公司、餐饮等对园区实行24小时“保姆式”服务 (a firm 基地管理)
    text = ("为推进党建服务进企业，东湖高新区光谷生物城园区建立了综合党委、子园区党总支、企业党组织三级党建网络。"
            "为了使服务更加精细化，还协调基地管理公司、物业公司、餐饮等对园区实行24小时“保姆式”服务。")
    assert not kinds(text, "Enterprise")


def test_the_projects_a_utility_serves_after_its_adverb_and_for(tmp_path):
    # round 148 (镇江): 镇江供电公司先后为诺贝丽斯铝业、团山睿谷、孟家港国际物流园等重点项目提供定制化服务
    # (firms 为诺贝丽斯铝业 and 孟家港, a place whose logistics park is named)
    text = "镇江高新区园区企业能够当天送电。镇江供电公司先后为诺贝丽斯铝业、团山睿谷、孟家港国际物流园等重点项目提供定制化服务。"
    names = set(kinds(text, "Enterprise"))
    assert not any(name.startswith("为") for name in names) and "孟家港" not in names


def test_a_brand_before_its_party_secretary_who_speaks(tmp_path):
    # round 148 (武汉): 斗鱼科技党委书记袁刚对记者说,“在东湖高新区党工委指导下,…” (no firm: a title, then a name and 对)
    text = "“成立不到两年，公司党组织已由1个发展到7个。”斗鱼科技党委书记袁刚对记者说，“在东湖高新区党工委指导下，公司已初步构建起组织体系。”"
    assert "斗鱼科技" in kinds(text, "Enterprise")


def test_the_verb_that_won_over_a_group_is_no_part_of_its_name(tmp_path):
    # round 148 (随州, Traditional script): 該區高度重視,全程提供優質服務,最終打動古井集團 (a firm 最终打动古井集团)
    text = "黄鹤楼随州基地搬迁项目推进中，随州高新区高度重视，全程提供优质服务，最终打动古井集团，促使投资商追加投资5亿元。"
    hosted = _hosted(tmp_path, text)
    assert "古井集团" in hosted and "最终打动古井集团" not in hosted


def test_a_company_named_by_its_county_and_its_business(tmp_path):
    # round 148 (随州, Traditional script): 還引進曲水安凱投資公司與品源公司合作 (only 品源: a name of six characters
    # before 公司 needs a place to open it, and 曲水, a county, was none)
    text = "随州高新区招大引强。同时，还引进曲水安凯投资公司与品源公司合作，投资数亿元帮助品源扩大生产规模。"
    assert {"曲水安凯投资", "品源"} <= set(kinds(text, "Enterprise"))


def test_the_fields_a_training_base_teaches_are_not_the_zones_sectors(tmp_path):
    # round 148 (成都): 针对大数据、人工智能、物联网、集成电路和半导体、智能制造等重点领域,人才实训基地将通过开设多层次
    # 多领域专业课程… (the zone's sectors); not round 27's 重点围绕信息技术、…、智慧医疗等领域打造新型平台,…,加强人才培养交流
    courses = ("成都高新区电子信息产业人才实训基地授牌。针对大数据、人工智能、物联网、集成电路和半导体、智能制造等重点领域，"
               "人才实训基地将通过开设多层次多领域专业课程不断提升企业员工技术技能。")
    platforms = ("要充分发挥杭州高新区政策优势，建好浙江大学滨江研究院，重点围绕信息技术、数字经济、新制造业、生命健康、智慧医疗等领域"
                 "打造新型平台，推动创新成果孵化转化，加强人才培养交流。")
    assert not _industries(tmp_path, courses) & {"大数据", "人工智能", "物联网"}
    assert "智慧医疗" in _industries(tmp_path, platforms)


def test_a_cluster_written_with_jiqun_alone_is_named_once(tmp_path):
    # round 148 (泉州): 形成先进智造及机械汽配产业集群、电子信息产业集群、生产型服务集群等三大产业集群
    # (a cluster 泉州高新区生产型服务集群产业集群)
    text = "依托现有的产业基础，泉州高新区形成先进智造及机械汽配产业集群、电子信息产业集群、生产型服务集群等三大产业集群。"
    assert "泉州高新区生产型服务产业集群" in _objects(tmp_path, text, "hasCluster")


def test_a_notices_assessor_and_the_works_that_take_a_projects_waste(tmp_path):
    # round 148 (天津, 常熟): 環境影響評價機構 | 天津中環宏澤環保咨詢服務有限公司 |; 生活污水接管至常熟市沙家浜常昆污水处理有限公司
    # 集中处理 (both hosted by the zone: a service to the project, not a firm of the zone's for that)
    text = ("天津滨海高新区政务服务办公室公示建设项目环境影响评价拟审批信息。\n建设单位 | 天津市海洋高新技术开发有限公司 |\n"
            "环境影响评价机构 | 天津中环宏泽环保咨询服务有限公司 |\n本项目生活污水接管至天津市华苑污水处理有限公司集中处理。")
    hosted = _hosted(tmp_path, text)
    assert "天津市海洋高新技术开发有限公司" in hosted
    assert not hosted & {"天津中环宏泽环保咨询服务有限公司", "天津市华苑污水处理有限公司"}


def test_the_grids_local_unit_serves_the_zone_it_is_not_hosted(tmp_path):
    # round 148 (武进, 镇江): 示范区由国网常州供电公司与武进国家高新区携手打造; 镇江供电公司先后为…等重点项目提供定制化服务
    text = ("常州市首个“开门接电”示范区在武进国家高新区揭牌，示范区由国网常州供电公司与武进国家高新区携手打造。"
            "国网常州供电公司还为示范区成立了供电服务专班。武进高新区汇聚了中天钢铁等企业，常州供电公司提供电力保障。")
    assert not any("供电" in name for name in _hosted(tmp_path, text))


def test_what_a_firm_is_engaged_in_written_in_latin_letters_names_no_firm(tmp_path):
    # round 148 (株洲): 是一家专业从事ITO、钼靶、铜靶、钛靶镀膜材料研发、生产、销售和服务的新材料高新技术企业 (firms ITO, 钼靶, 铜靶)
    text = "火炬安泰公司位于天元区天易科技城自主创业园，是一家专业从事ITO、钼靶、铜靶、钛靶镀膜材料研发、生产、销售和服务的新材料高新技术企业。"
    assert not {"ITO", "钼靶", "铜靶"} & set(kinds(text, "Enterprise"))


def test_a_customs_office_opening_its_plans_title_is_its_issuer(tmp_path):
    # round 148 (上海): 上海23日出台《上海海关支持上海科创中心建设实施方案》(2020版) (issued by the zone the page is about)
    text = ("位于张江高新区的罗氏制药是一家医药创新企业。上海23日出台《上海海关支持上海科创中心建设实施方案》（2020版），"
            "创新实施科研机构“白名单”制度。")
    facts = facts_of(tmp_path, text)
    assert ("上海海关支持上海科创中心建设实施方案", "issuedBy", "上海海关") in facts
    assert not any(p == "issuedBy" and o.startswith("上海张江") for _, p, o in facts)


def test_a_pages_byline_publisher_says_no_zone_issued_the_plan(tmp_path):
    # round 148 (大庆): 发布者: [发表时间]:2023-05-15 [来源]:研究生部 … 为推进《环东北石油大学创新创业生态圈建设方案》实施,…
    # 赴大庆高新区管委会座谈交流 (issued by the zone: 发布 of 发布者 read as the zone publishing it)
    text = ("研究生部赴大庆高新区管委会就产教融合推进工作进行交流\n\n发布者: [发表时间]:2023-05-15 [来源]:研究生部 [浏览次数]:\n\n"
            "为推进《环东北石油大学创新创业生态圈建设方案》实施，深化研究生产教融合，我校研究生部主任赵立新带队赴大庆高新区管委会座谈交流。")
    assert not any(p == "issuedBy" for _, p, _ in facts_of(tmp_path, text))


def test_a_firms_short_name_after_its_name_with_its_city_is_the_same_firm(tmp_path):
    # round 148 (株洲): 高新区企业服务局在对株洲火炬安泰公司进行电话回访…火炬安泰公司位于天元区… (two companies)
    text = ("9月14日，株洲高新区企业服务局在对株洲火炬安泰公司进行电话回访。火炬安泰公司位于天元区天易科技城自主创业园。"
            "随即，火炬安泰公司向株洲高新区企业服务局反映“用电难”问题。")
    names = {e.name for e in registry_of(tmp_path, text).entities.values() if e.kind == "Enterprise"}
    assert names == {"株洲火炬安泰"}


def test_a_city_leaders_visit_to_the_zones_firms_keeps_the_sentence_the_zones(tmp_path):
    # round 149 (苏州): 市委常委、秘书长黄爱军一行来高新区调研,先后来到NGK(苏州)环保陶瓷有限公司、江苏固德威电源科技股份有限公司…
    # (no firm hosted: 市委 opening the sentence made it the city's)
    text = ("苏州高新区简讯。\n10月18日，市委常委、秘书长黄爱军一行来高新区调研，先后来到NGK（苏州）环保陶瓷有限公司、"
            "江苏固德威电源科技股份有限公司和苏州微木智能系统有限公司，了解企业创新驱动和发展。")
    assert "江苏固德威电源科技股份有限公司" in _hosted(tmp_path, text)


def test_the_universities_a_team_comes_from_are_no_partners(tmp_path):
    # round 149 (苏州): 苏州微木智能系统有限公司…其核心研发团队具有英国剑桥大学、美国麻省理工学院及东京大学等国际一流科研学术机构
    # 研发背景 (three partners of the zone)
    text = ("苏州高新区的苏州微木智能系统有限公司专注于痕量化学检测和分析领域，其核心研发团队具有英国剑桥大学、美国麻省理工学院及东京大学"
            "等国际一流科研学术机构研发背景。")
    assert not _objects(tmp_path, text, "partnersWith")


def test_the_joiner_after_the_zones_committee_opens_no_legal_name(tmp_path):
    # round 149 (内江): 内江高新技术产业开发区管理委员会与中信建设有限责任公司生态科技城PPP项目签约仪式在内江举行
    # (a company 与中信建设有限责任公司)
    text = "9月23日下午，内江高新技术产业开发区管理委员会与中信建设有限责任公司生态科技城PPP项目签约仪式在内江举行。"
    assert "中信建设有限责任公司" in kinds(text, "Enterprise")


def test_a_verb_of_making_before_company_and_what_firms_made_name_no_firm(tmp_path):
    # round 149 (武汉, 北京): 不仅打破了国外垄断,也使公司迅速抢占了行业制高点 (a firm 也使); 展示了人工智能芯片、人脸识别技术、…等
    # 中关村示范区170家企业的340项最新创新成果 (a firm 人脸识别技术)
    made = "不仅打破了国外垄断，也使公司迅速抢占了行业制高点。"
    shown = ("展示了人工智能芯片、人脸识别技术、液态金属3D打印、神经外科手术机器人、共轴反桨无人直升机等中关村示范区170家企业的"
             "340项最新创新成果和主要发展成就。")
    assert not [m for m in find_mentions(made) + find_mentions(shown) if m.kind == "Enterprise"]


def test_a_body_and_a_joiner_before_a_legal_name_are_no_part_of_it(tmp_path):
    # found beside round 149's 中國建筑節能協會、…: 中国电子学会和华为技术有限公司 was one company, and 河北工业大学和华为技术有限公司
    # gave 和华为技术有限公司 (not 无锡和邦生物科技有限公司, whose 和 is its name's)
    def companies(text: str) -> set[str]:
        return set(kinds(text, "Enterprise"))
    assert companies("中国电子学会和华为技术有限公司出席。") == {"华为技术有限公司"}
    assert companies("河北工业大学和华为技术有限公司出席。") == {"华为技术有限公司"}
    assert companies("参观无锡和邦生物科技有限公司。") == {"无锡和邦生物科技有限公司"}


def test_a_known_name_opening_an_associations_name_is_no_company(tmp_path):
    # round 149 (石家庄, Traditional script): 中國建筑節能協會、河北工業大學、高新區管委會、昌泰集團…出席活動 (a firm 中国建筑)
    text = "中国建筑节能协会、河北工业大学、高新区管委会、昌泰集团及工大科雅集团有关负责同志出席活动。"
    assert "中国建筑" not in kinds(text, "Enterprise")


def test_a_plan_the_zones_committee_passed_is_the_zones_own(tmp_path):
    # round 149 (重庆): 《重庆高新区金融发展“十四五”规划》已经重庆高新区管委会2022年第14次办公会审议通过,现印发给你们 (no issuer:
    # a plan titled by the zone is drawn up for it, often by its city, unless the text says the zone made it)
    text = "各镇街，管委会各部门：\n《重庆高新区金融发展“十四五”规划》已经重庆高新区管委会2022年第14次办公会审议通过，现印发给你们，请认真贯彻执行。"
    assert ("重庆高新区金融发展“十四五”规划", "issuedBy", "重庆高新技术产业开发区") in facts_of(tmp_path, text)


def test_the_zones_own_company_named_by_gaoxin_and_its_business(tmp_path):
    # round 149 (珠海): 执行其中人才住房保障体系建设和运营管理工作的高新建投公司相关负责人介绍 (no firm: 新建 cut the name at 投)
    text = "珠海高新区人才住房。执行其中人才住房保障体系建设和运营管理工作的高新建投公司相关负责人介绍，2016年他们先后走访企业1200家。"
    assert "高新建投" in _hosted(tmp_path, text)
    assert not kinds("坚持高新发展理念的公司。这是高新技术企业。", "Enterprise")


def test_a_unit_after_xiashu_is_its_groups(tmp_path):
    # round 149 (石家庄, Traditional script): 工大科雅科技創新產業中心項目是昌泰集團下屬城發投集團以市場化方式承接的代建項目
    # (no firm: 下属, like 旗下, did not end the words before a name)
    text = "石家庄高新区：该项目是昌泰集团下属城发投集团以市场化方式承接的代建项目。"
    assert ("城发投集团", "subOrganizationOf", "昌泰集团") in facts_of(tmp_path, text)


def test_a_page_naming_a_district_of_a_zones_city_means_that_zone(tmp_path):
    # round 150 (贵阳, 渭南): 高新区公共事务局…联合观山湖消防大队…检查组先后到达金达电子科技有限公司 (no zone: the page names no city,
    # only 观山湖, a district of 贵阳); 工作人员在神力环保设备有限公司…要求各企业要深刻吸取华州区“2·12”生产安全事故教训
    text = ("高新区公共事务局开展消防安全专项检查\n高新区公共事务局联合观山湖消防大队对金阳园区标准厂房内多家进驻企业开展消防安全专项检查。"
            "检查组先后来到金达电子科技有限公司和旭之辉配件有限公司进行消防安全复查。")
    assert ("贵阳高新技术产业开发区", "hostsEnterprise", "金达电子科技有限公司") in facts_of(tmp_path, text)


def test_daoda_ends_the_words_before_a_name(tmp_path):
    # round 150 (贵阳): 检查组先后到达金达电子科技有限公司、精彩数字印刷公司和旭之辉配件有限公司 (a company 达金达电子科技有限公司)
    text = "检查组先后到达金达电子科技有限公司、精彩数字印刷公司和旭之辉配件有限公司进行消防安全复查。"
    assert "金达电子科技有限公司" in kinds(text, "Enterprise")


def test_a_universitys_short_name_before_its_students_is_no_longer_name(tmp_path):
    # round 150 (武汉): 上海交大校友及技术人员详细介绍公司发展…,帮助上海交大学子深入了解企业… (an institute 上海交通大学学)
    institutes = {m.name for m in find_mentions("帮助上海交大学子深入了解企业科技攻关。") if m.kind == "ResearchInstitute"}
    assert institutes == {"上海交通大学"}


def test_chambers_of_commerce_and_associations_are_no_firms(tmp_path):
    # round 150 (海口): 来自柬埔寨、韩国、日本等国家驻华使节和中国欧盟商会、中国比利时商会、中国日本商会…走进海口高新区 (firms)
    text = ("来自柬埔寨、韩国、日本等国家驻华使节和中国欧盟商会、中国比利时商会、中国日本商会、大韩贸易振兴公社、日本贸易振兴公社"
            "等商协会及企业代表首站到访了海口国家高新区，先后参观了药谷规划展示馆、海南先声药业有限公司和华熙生物科技产业园。")
    assert not {m.surface for m in find_mentions(text) if m.kind == "Enterprise" and m.surface.endswith("商会")}


def test_jieshou_ends_the_words_before_a_university(tmp_path):
    # round 150 (杭州): 滨江区科技企业接收杭州电子科技大学应届毕业生达1075人 (an institute 接收杭州电子科技大学)
    text = "记者从杭州高新区(滨江)人社局了解到，今年至今，滨江区科技企业接收杭州电子科技大学应届毕业生达1075人。"
    assert "杭州电子科技大学" in kinds(text, "ResearchInstitute")


def test_captions_run_together_before_a_legal_name_with_its_place(tmp_path):
    # round 150 (成都): captions joined without marks: …成都高新区天府软件园 天府新区未来规划沙盘模型 成都理想境界科技有限公司研发的
    # 智能机器人 (companies 府软件园天府新区…成都理想境界科技有限公司 and 智能机器人成都理想境界科技有限公司)
    text = ("聚集大量科技创新企业的成都高新区天府软件园天府新区未来规划沙盘模型成都理想境界科技有限公司研发的智能机器人"
            "成都理想境界科技有限公司的人脸智能识别设备。")
    assert set(kinds(text, "Enterprise")) == {"成都理想境界科技有限公司"}
    assert "光线量子北京智能机器人科技有限公司" in {m.surface for m in find_mentions("光线量子北京智能机器人科技有限公司成立。")}


def test_several_clusters_counted_with_ji(tmp_path):
    # round 150 (成都, Traditional script): 已形成軟件服務外包、…、通信技術、數字娛樂、移動互聯、共享服務中心等幾大產業集群
    # (no cluster: 几 (several) was no count of a list of clusters)
    clusters = _objects(tmp_path, "成都高新区已形成通信技术、数字娱乐、移动互联等几大产业集群。", "hasCluster")
    assert "成都高新区数字娱乐产业集群" in clusters


def test_a_person_and_others_is_no_brand(tmp_path):
    # round 150 (昆山): 洽谈期间,章锋云等人与昆山高新区企业进行了交流 (a firm 章锋云: a name ending in 云, then 等)
    assert not kinds("洽谈期间，章锋云等人与昆山高新区企业进行了交流。", "Enterprise")


def test_the_bank_a_firm_borrowed_from_is_not_hosted(tmp_path):
    # round 150 (包头): 内蒙古恒久钢构集团有限公司…今年通过质押的方式,从中国邮政储蓄银行成功获贷300万元 (中国邮政 hosted)
    text = "在稀土高新区另一家科技型企业内蒙古恒久钢构集团有限公司，今年通过质押的方式，从中国邮政储蓄银行成功获贷300万元。"
    assert _hosted(tmp_path, text) == {"内蒙古恒久钢构集团有限公司"}


def test_firms_listed_each_before_its_officers_title_and_name(tmp_path):
    # round 151 (武汉): 座谈会上,李志刚、依迅电子董事长付诚、斗鱼副总裁王岩、…、聚芯微电子运营总监严威、…等18位企业代表分别发言
    # (firms only where a known name or a brand ending showed one: no 斗鱼, 理工数传, 中珈资本, 聚芯微电子)
    text = ("7月29日，33位光谷民营企业家走进光谷公共服务中心，与东湖高新区领导面对面。座谈会上，李志刚、依迅电子董事长付诚、"
            "斗鱼副总裁王岩、长江电气董事长王新城、理工数传总经理白立华、中珈资本总助贺丹、聚芯微电子运营总监严威等18位企业代表分别发言。")
    assert {"斗鱼", "理工数传", "中珈资本", "聚芯微电子"} <= set(kinds(text, "Enterprise"))


def test_the_kind_of_firm_before_a_legal_name_is_no_part_of_it(tmp_path):
    # round 151 (中山): 2005年6月25日,台资企业新高科技电子材料有限公司在中国电子(中山)基地奠基 (a company 台资企业新高科技…)
    text = "2005年6月25日，台资企业新高科技电子材料有限公司在中国电子（中山）基地奠基。"
    assert "新高科技电子材料有限公司" in kinds(text, "Enterprise")


def test_a_banks_branch_for_a_city_is_not_hosted(tmp_path):
    # round 151 (本溪, 株洲): 中国银行本溪分行…; 工商银行株洲分行为高新区企业提供200亿元授信 (hosted by the zone: the city's branch)
    text = "株洲高新区举办企业供需对接会。工商银行株洲分行为高新区企业提供200亿元授信，湖南德智新材料有限公司签约。"
    assert not any("分行" in name for name in _hosted(tmp_path, text))


def test_a_list_of_schools_and_the_bare_zone_word_before_a_listed_firm(tmp_path):
    # round 152 (上海紫竹, 信阳, 潍坊): 带领区域内的华二紫竹、交附闵分、闵行中学、七宝中学、圣华紫竹学院等多所学校… (firms 华二紫竹,
    # 交附闵分, 七宝中学, peers of the college); 积极与…信阳高级技工学校、信阳一职高、信阳六职高…沟通 (firms 信阳一职高, 信阳六职高);
    # 其中,高新区潍柴动力、天瑞重工等4家企业入选科技领军企业 (a firm 高新区潍柴动力)
    def companies(text: str) -> set[str]:
        return set(kinds(text, "Enterprise"))
    assert companies("紫竹高新区妇联带领区域内的华二紫竹、交附闵分、闵行中学、七宝中学、圣华紫竹学院等多所学校超200名女生"
                     "走进至纯科技、晟碟半导体、埃克森美孚五家企业。") == {"至纯科技", "晟碟半导体", "埃克森美孚"}
    assert not companies("信阳高新区积极与信阳职业技术学院、信阳高级技工学校、信阳一职高、信阳六职高、信阳电子学校沟通。")
    assert "潍柴动力" in companies("其中，高新区潍柴动力、天瑞重工等4家企业入选科技领军企业。")


def test_bodies_jointly_publishing_a_list_are_no_partners(tmp_path):
    # round 152 (潍坊): 近日,山东省科学院情报研究所、山东省创新发展研究院联合发布2022年度200家山东省科技领军企业和首批600家科技小巨人
    # 企业名单 (a partner of the zone: only one body publishing a short-named ranking was read as a source)
    text = ("潍坊高新区4家企业入选。近日，山东省科学院情报研究所、山东省创新发展研究院联合发布2022年度200家山东省科技领军企业"
            "和首批600家科技小巨人企业名单。")
    assert not _objects(tmp_path, text, "partnersWith")


def test_a_city_has_then_a_known_universitys_unit(tmp_path):
    # round 153 (武汉): 李儒雄表示:“武汉有武汉大学生命科学院、华中科技大学…” (an institute 武汉有武汉大学生命科学院, of 武汉有武汉大学)
    text = "李儒雄表示：“武汉有武汉大学生命科学院、华中科技大学同济医学院等。"
    assert "武汉大学生命科学院" in kinds(text, "ResearchInstitute")


def test_juxing_ends_the_words_before_a_name(tmp_path):
    # round 153 (烟台): 本站讯 11月11日,我校举行院士工作站共建签约启动仪式 (an institute 举行院士工作站, the zone's partner)
    assert not kinds("本站讯 11月11日，我校举行院士工作站共建签约启动仪式。", "ResearchInstitute")


def test_a_kind_of_product_in_xing_opens_no_brand(tmp_path):
    # round 153 (烟台, 武汉): 在“功能性食品研发、食品储存与保鲜技术…”等方面展开深入合作 (a firm 功能性食品); 寄语光谷趁“光芯屏端网”
    # 产业之势布局柔性电子等未来产业 (a firm 柔性电子)
    texts = ("学校将与院士在“功能性食品研发、食品储存与保鲜技术、食品检测技术”等方面展开深入合作。",
             "院士黄维寄语光谷趁“光芯屏端网”产业之势布局柔性电子等未来产业。")
    assert not [m for text in texts for m in find_mentions(text) if m.kind == "Enterprise"]


def test_shiqi_ends_the_words_before_a_name(tmp_path):
    # round 150 (无锡): …为尚德公司量身定制了四期厂房10万多平方米,使其太阳电池、组件年生产能力扩大至3.5GW (a firm 使其太阳电池)
    text = "无锡星洲工业园区开发股份有限公司为尚德公司量身定制了四期厂房，使其太阳电池、组件年生产能力扩大至3.5GW。"
    assert not any(m.surface.startswith("使其") for m in find_mentions(text))


def test_a_zone_publishing_a_policy_in_haste(tmp_path):
    # round 154 (西安): 西安高新区紧急发布《支持生物医药企业发展的十条举措》 (an adverb of haste between the zone and its
    # 发布 hid the zone's publishing: no implementsPolicy, no issuer)
    text = "西安高新区紧急发布《支持生物医药企业发展的十条举措》，设立1亿元专项基金。"
    assert _objects(tmp_path, text, "implementsPolicy") == {"支持生物医药企业发展的十条举措"}
    assert _objects(tmp_path, text, "issuedBy") == {"西安高新技术产业开发区"}


def test_a_firm_the_text_leaves_unnamed(tmp_path):
    # round 154 (成都, 武汉): 参加完一场…沙龙后,某航空制造股份有限公司代表难掩激动 (a firm 某航空制造股份有限公司);
    # 光谷一科技公司申请的30亿元创投债获…核准 ("a technology company in 光谷": a firm 光谷一科技)
    texts = ("成都高新区：参加完一场集成电路产业链资源对接沙龙后，某航空制造股份有限公司代表难掩激动。",
             "18日，从市发改委获悉，光谷一科技公司申请的30亿元创投债获国家发展改革委核准。")
    assert not [m for text in texts for m in find_mentions(text) if m.kind == "Enterprise"]


def test_two_short_names_declared_at_once(tmp_path):
    # round 154 (成都): 成都高投产城建设集团有限公司(以下简称“成都高投产城集团”“高投产城集团”) (neither short name was read as
    # declared: 成都高投产城集团 was a firm of its own)
    text = ("成都高新区。近日，成都高投产城建设集团有限公司（以下简称“成都高投产城集团”“高投产城集团”）成功发行债券。"
            "高投产城集团将主要通过支付预付款等形式支持中小微企业。")
    assert _hosted(tmp_path, text) == {"成都高投产城建设集团有限公司"}


def test_as_its_subsidiary_the_unit_after_the_comma(tmp_path):
    # round 154 (成都): 作为成都高新投资集团有限公司(以下简称“高投集团”)全资子公司,高投产城集团以建设开发…为核心主业
    # (no subOrganizationOf: the owner is named first, its unit after the comma)
    text = ("成都高新区。近日，成都高投产城建设集团有限公司（以下简称“高投产城集团”）成功发行债券。"
            "作为成都高新投资集团有限公司（以下简称“高投集团”）全资子公司，高投产城集团以建设开发为核心主业。")
    assert ("成都高投产城建设集团有限公司", "subOrganizationOf", "成都高新投资集团有限公司") in facts_of(tmp_path, text)
    # (and once where the two stand side by side: 作为X的全资子公司，Y…)
    path = tmp_path / "side.txt"
    path.write_text("成都高新区。作为成都高新投资集团有限公司的全资子公司，成都高投产城建设集团有限公司以建设开发为核心主业。", encoding="utf-8")
    owned = [f for f in extract_document(read_document(path), Registry()) if f.predicate == "subOrganizationOf"]
    assert len(owned) == 1


def test_a_groups_short_name_opening_a_longer_listed_name(tmp_path):
    # round 154 (成都): 由广发证券担任牵头主承销商…,华泰联合证券、中信建投证券担任联席主承销商 (the group 中信, after 、, was read
    # as acting, and 中国中信集团有限公司 hosted)
    text = "成都高新区。成都高投产城建设集团有限公司成功发行债券，由广发证券担任牵头主承销商，华泰联合证券、中信建投证券担任联席主承销商。"
    assert "中国中信集团有限公司" not in _hosted(tmp_path, text)


def test_the_agency_rating_a_zones_firm_is_not_hosted(tmp_path):
    # round 154 (无锡): 中诚信国际信用评级有限公司、中证鹏元资信评估股份公司同时给予无锡市高发投资发展集团有限公司…AAA主体信用等级
    # (the rating agency hosted by 无锡高新区)
    text = ("无锡高新区。近日，中诚信国际信用评级有限公司、中证鹏元资信评估股份公司同时给予无锡市高发投资发展集团有限公司"
            "（以下简称“高发集团”）AAA主体信用等级。")
    assert _hosted(tmp_path, text) == {"无锡市高发投资发展集团有限公司"}


def test_a_declared_short_name_after_its_district(tmp_path):
    # round 154 (无锡): the heading 新吴区高发集团获AAA主体双评级, then 无锡市高发投资发展集团有限公司(以下简称“高发集团”) (the
    # heading's 新吴区高发集团 was a firm of its own)
    text = ("历史性突破！新吴区高发集团获AAA主体双评级\n近日，中诚信给予无锡市高发投资发展集团有限公司（以下简称“高发集团”）"
            "AAA主体信用等级。高发集团成为无锡市区级首家AAA主体信用国资公司，实现了无锡高新区的历史性突破。")
    assert _hosted(tmp_path, text) == {"无锡市高发投资发展集团有限公司"}


def test_a_firms_predecessor_institute_is_no_partner(tmp_path):
    # round 154 (西安): 西安派瑞功率半导体变流技术股份有限公司前身是西安电力电子技术研究所,曾研制出我国第一支晶闸管 (the institute
    # the firm once was: a partner of 西安高新区)
    text = "钟洪江带队调研高新区重点工业企业。西安派瑞功率半导体变流技术股份有限公司前身是西安电力电子技术研究所，曾研制出我国第一支晶闸管。"
    assert not _objects(tmp_path, "西安高新区。" + text, "partnersWith")


def test_a_roll_of_entrepreneurs_names_the_zones_firms(tmp_path):
    # rounds 151 and 153 (武汉): 座谈会上,李志刚、依迅电子董事长付诚、斗鱼副总裁王岩…等18位企业代表分别发言; 中国信科董事长鲁国庆、
    # 长江产业集团董事长黎苑楚…等20余位知名企业家,被授牌为“世界光谷”全球产业合伙人 (a roll of people with their firms and
    # titles was read as guests' employers, none hosted)
    text = ("东湖高新区召开民营企业家座谈会。座谈会上，李志刚、依迅电子董事长付诚、斗鱼副总裁王岩、长江电气董事长王新城"
            "等18位企业代表分别发言。")
    assert {"依迅电子", "斗鱼", "长江电气"} <= _hosted(tmp_path, text)
    # (round 21, 咸阳: a roll with officials witnessing a signing still hosts none)
    guests = ("咸阳高新区。咸阳市委书记夏晓中，咸阳市委副书记、咸阳高新区党工委书记贾珉亮，中国石油集团工程材料研究院有限公司"
              "党委书记、执行董事刘亚旭，陕西氢能产业发展有限公司党委书记、董事长黄晔出席并见证签约。")
    assert not _hosted(tmp_path, guests)


def test_modernised_industries_are_no_sector(tmp_path):
    # round 155 (宁波): “甬兴—国富—宁波现代化产业集群知识产权资产支持专项计划”成功发行 (a sector 现代化 and a cluster
    # 宁波高新区现代化产业集群: 现代化产业 are "modernised industries", no sector)
    text = "由宁波市市场监管局与宁波高新区管委会联合推动的“甬兴—国富—宁波现代化产业集群知识产权资产支持专项计划”成功发行。"
    assert not [m for m in find_mentions(text) if m.kind in ("Industry", "IndustrialCluster")]


def test_agricultural_and_sideline_food_processing_is_a_sector(tmp_path):
    # round 155 (晋中): 晋中国家农高区功能食品加工园,以农副食品和功能食品加工业为主 (a firm 农副食品: the sector of GB/T 4754's
    # division 13, 农副食品加工业, was no label of the taxonomy)
    text = "上述两家企业所在的晋中国家农高区功能食品加工园，以农副食品和功能食品加工业为主。"
    mentions = find_mentions(text)
    assert not [m for m in mentions if m.kind == "Enterprise"]
    assert "农副食品加工" in {m.name for m in mentions if m.kind == "Industry"}


def test_yiji_joins_the_last_two_items_whole(tmp_path):
    # round 155 (株洲): 高新区汽车产业招商组、高科集团以及中车电动等企业的相关人员,先后赴长沙… (a firm 高科集团以)
    text = "在工委、管委的指导下，高新区汽车产业招商组、高科集团以及中车电动等企业的相关人员先后赴长沙调研。"
    assert set(kinds(text, "Enterprise")) == {"高科集团", "中车电动"}


def test_a_term_of_digits_and_letters_opens_a_name(tmp_path):
    # round 155 (湘潭): 重点运营“三院一中心”(湖南韶峰应用数学研究院、华碳传感技术研究院、3D打印精准医疗研究院…) (an institute
    # 打印精准医疗研究院: 3D was cut as a count before a name)
    text = "重点运营“三院一中心”（湖南韶峰应用数学研究院、华碳传感技术研究院、3D打印精准医疗研究院和知识产权服务中心）。"
    assert "3D打印精准医疗研究院" in kinds(text, "ResearchInstitute")


def test_the_fields_a_firm_works_in_are_not_the_zones(tmp_path):
    # round 155 (合肥): “辅助自动驾驶”项目依托科大国创在软件、大数据、云计算等领域深耕多年的经验 (sectors 大数据, 云计算 of 合肥高新区)
    text = "合肥高新区签约“辅助自动驾驶”项目，该项目依托科大国创在软件、大数据、云计算等领域深耕多年的经验。"
    assert not _industries(tmp_path, text)


def test_kinds_of_intellectual_property_are_no_sectors(tmp_path):
    # round 155 (宁波): 其底层资产完整涵盖了专利、商标、著作权、数据知识产权、集成电路等全部主要门类 (sectors 专利, 商标, 著作权
    # and 数据知识产权, listed beside 集成电路, of 宁波高新区)
    text = "宁波高新区知识产权证券化产品发行，其底层资产完整涵盖了专利、商标、著作权、数据知识产权、集成电路等全部主要门类。"
    assert not {"专利", "商标", "著作权", "数据知识产权"} & {m.surface for m in find_mentions(text)}


def test_a_known_companys_unit_named_with_its_place(tmp_path):
    # round 155 (合肥): 科大国创合肥智能汽车科技有限公司 (no parent: 科大国创, a known company, then 合肥 and the unit's business)
    text = "合肥高新区签约。科大国创合肥智能汽车科技有限公司揭牌成立。"
    assert ("科大国创合肥智能汽车科技有限公司", "subOrganizationOf", "科大国创软件股份有限公司") in facts_of(tmp_path, text)


def test_a_known_companys_unit_written_with_its_place_and_business(tmp_path):
    # round 154 (天津): 最终国家电网天津市电力公司包揽了比赛前四名 (the known 国家电网 alone was read, the unit's name lost)
    text = "天津滨海高新区。最终国家电网天津市电力公司包揽了比赛前四名。"
    assert ("国家电网天津市电力公司", "subOrganizationOf", "国家电网有限公司") in facts_of(tmp_path, text)


def test_such_as_ends_the_words_before_a_name(tmp_path):
    # round 156 (无锡): 值得一提的是,诸如养乐多、阿斯麦、济民可信、默克等企业在无锡已有投资项目 (a firm 诸如养乐多)
    text = "值得一提的是，诸如养乐多、阿斯麦、济民可信、默克等企业在无锡已有投资项目。"
    surfaces = set(kinds(text, "Enterprise"))
    assert "养乐多" in surfaces and not any(s.startswith("诸如") for s in surfaces)


def test_a_known_companys_china_arm_named_after_it(tmp_path):
    # round 156 (无锡): 这是养乐多中国、济民可信研究院、阿斯麦、默克中国…等客户 (养乐多中国 and 默克中国 had no parent)
    text = "无锡高新区密集拜访了养乐多中国、阿斯麦、默克中国等客户。"
    facts = facts_of(tmp_path, text)
    assert ("养乐多中国", "subOrganizationOf", "养乐多") in facts and ("默克中国", "subOrganizationOf", "默克") in facts


def test_a_legal_name_joins_no_known_name_after_it(tmp_path):
    # round 156 (潍坊): 潍柴动力股份有限公司潍柴青年科技创新团队…获全国工人先锋号称号 (a joint venture 潍柴动力股份有限公司潍柴, as
    # two known names written as one are)
    text = "潍柴动力股份有限公司潍柴青年科技创新团队获全国工人先锋号称号。"
    assert "潍柴动力股份有限公司" in kinds(text, "Enterprise")


def test_the_things_a_supplier_supplies_are_no_firms(tmp_path):
    # round 156 (无锡): 光群雷射是全球第一大雷射全像膜、雷射纸和烫金箔供应商 (firms 雷射全像膜 and 雷射纸)
    text = "光群雷射是全球第一大雷射全像膜、雷射纸和烫金箔供应商，是无锡高新区较早引进的高科技企业之一。"
    assert not {"雷射全像膜", "雷射纸"} & {m.surface for m in find_mentions(text)}


def test_a_pronoun_or_a_quality_names_no_firm(tmp_path):
    # round 156 (厦门): …的电话,称他们是一家美国咨询公司 (a firm 称他们); 说明戴尔是销售额以年均50%的速度递增的高成长性公司
    # (a firm 高成长性)
    texts = ("他接到贝恩（中国）有限公司颜燕从北京打来的电话，称他们是一家美国咨询公司，从3月起帮戴尔在中国选址设厂。",
             "说明戴尔是销售额以年均50%的速度递增的高成长性公司，已成长为世界第三大计算机公司。")
    surfaces = {m.surface for text in texts for m in find_mentions(text) if m.kind == "Enterprise"}
    assert not {"称他们", "他们", "高成长性"} & surfaces


def test_what_leading_firms_do_beside_small_ones_is_no_name(tmp_path):
    # round 156 (武汉): 构建了龙头企业顶天立地、中小企业铺天盖地的企业梯队 (a firm 顶天立地)
    text = "中国光谷构建了龙头企业顶天立地、中小企业铺天盖地的企业梯队。"
    assert not kinds(text, "Enterprise")


def test_a_zones_own_company_by_its_bare_name_is_that_zones(tmp_path):
    # rounds 113, 125, 138, 150, 155 (株洲, 贵阳, 西安): …组织人事部、高科集团…, 高新区管委会及高科集团相关负责人 (高科集团, the zone's
    # investment company, was no name: 高科 is a generic word; a bare name shared by many zones is each zone's own node)
    zhuzhou = "株洲高新区召开会议，高新区汽车产业招商组、高科集团以及中车电动等企业的相关人员参加。"
    guiyang = "贵阳高新区产业发展局、高科集团相关负责人出席。"
    assert "株洲高科集团" in _hosted(tmp_path, zhuzhou) and "贵阳高科集团" in _hosted(tmp_path, guiyang)
    assert _hosted(tmp_path, "株洲高新区。高科集团全程参与了高新区的发展历程。") == {"株洲高科集团"}  # (opening its sentence)
    # (and the company the page named before with its legal form: 西安高科集团有限公司, then 高科集团)
    xian = "西安高新区。西安高科集团有限公司荣获先进集体称号。高科集团全程参与和见证了高新区的发展历程。"
    assert _hosted(tmp_path, xian) == {"西安高科集团有限公司"}


def test_a_government_and_a_university_are_two_bodies(tmp_path):
    # round 157 (南京): 深圳清华大学研究院是深圳市政府和清华大学于1996年12月共建的…事业单位 (an institute 深圳市政府和清华大学)
    text = "深圳清华大学研究院是深圳市政府和清华大学于1996年12月共建的、以企业化方式运做的事业单位。"
    surfaces = set(kinds(text, "ResearchInstitute"))
    assert "清华大学" in surfaces and "深圳市政府和清华大学" not in surfaces


def test_working_together_after_a_leading_firm_head_is_no_name(tmp_path):
    # round 157 (北京): 通过与顶尖高校、科研院所、行业领军企业通力合作,为中国培养…人才 (a firm 通力合作)
    text = "通过与顶尖高校、科研院所、行业领军企业通力合作，为中国培养超过50万名区块链领域高素质人才。"
    assert not kinds(text, "Enterprise")


def test_the_links_a_chain_runs_through_are_no_firms(tmp_path):
    # round 157 (常州): 常州新能源汽车产业已集聚从整车制造、动力电池正负极材料、隔膜、电池管理系统到电池等3400多家产业链企业
    # (firms 整车制造 and 隔膜)
    text = "目前，常州新能源汽车产业已集聚从整车制造、动力电池正负极材料、隔膜、电池管理系统到电池等3400多家产业链企业。"
    assert not kinds(text, "Enterprise")


def test_another_development_areas_list_of_sectors(tmp_path):
    # round 157 (上海): “漕河泾元创未来”则在漕河泾新兴技术开发区微电子、光电子、计算机及其软件和新材料四大产业的基础上… (sectors of
    # 上海张江高新区, whose page it was)
    text = "上海张江高新区。“漕河泾元创未来”则在漕河泾新兴技术开发区微电子、光电子、计算机及其软件和新材料四大产业的基础上发展元宇宙。"
    assert not _industries(tmp_path, text)


def test_ali_in_a_list_of_firms_is_alibaba(tmp_path):
    # round 157 (西安): 丝路软件城吸引了华为、中兴、中软、阿里、爱立信、艾默生等世界500强…企业 (阿里 dropped: a Tibetan prefecture's name)
    text = "作为陕西软件产业的核心承载区，西安高新区丝路软件城吸引了华为、中兴、中软、阿里、爱立信、艾默生等世界500强企业纷纷抢滩设立研发总部。"
    assert "阿里巴巴" in _hosted(tmp_path, text)


def test_the_groups_a_firm_built_platforms_for_are_its_customers(tmp_path):
    # round 157 (宁波): 宁波和利时智能科技有限公司…并已为北控水务等四家大型集团建设了个性化的企业级、行业级工业云平台 (北控水务
    # hosted by 宁波高新区)
    text = ("宁波高新区。成立仅一年半，宁波和利时智能科技有限公司的年研发经费投入就超过3000万元，"
            "并已为北控水务等四家大型集团建设了个性化的企业级、行业级工业云平台。")
    assert _hosted(tmp_path, text) == {"宁波和利时智能科技有限公司"}


def test_the_majors_a_scholarship_favours_are_no_sectors(tmp_path):
    # round 157 (武汉): “武汉大学—中国光谷奖学金”侧重生命健康产业相关专业 (a sector 大健康 of 东湖高新区)
    text = "东湖高新区设立中国光谷奖学金。“武汉大学—中国光谷奖学金”侧重生命健康产业相关专业，“华中科技大学-中国光谷奖学金”侧重电子信息产业相关专业。"
    assert not _industries(tmp_path, text)


def test_a_kind_of_firm_after_its_place_opens_no_name(tmp_path):
    # round 158 (襄阳): 达州代表团考察襄阳台企风神襄阳汽车有限公司; …先后到高新区台资企业风神襄阳汽车有限公司…、台属企业骆驼集团股份
    # 有限公司 (firms 襄阳台企风神襄阳汽车有限公司 and 台属企业骆驼集团股份有限公司)
    texts = ("达州代表团考察襄阳台企风神襄阳汽车有限公司。", "李江一行先后到高新区台资企业风神襄阳汽车有限公司、台属企业骆驼集团股份有限公司参观。")
    surfaces = {m.surface for text in texts for m in find_mentions(text) if m.kind == "Enterprise"}
    assert surfaces == {"风神襄阳汽车有限公司", "骆驼集团股份有限公司"}


def test_zhangjiangs_old_name_is_the_zone(tmp_path):
    # round 158 (上海): 上海市张江高科技园区商会…以张江科学城为主阵地,…这里不仅有集成电路、生物医药、人工智能三大先导产业的代表 (no zone
    # found: 张江高科技园区, the zone's name of the 1990s, was no form of 上海张江高新区)
    assert [m.name for m in find_mentions("上海市张江高科技园区商会召开会员大会。") if m.kind == "Zone"] == ["上海张江高新技术产业开发区"]


def test_zaitian_ends_the_words_before_a_name(tmp_path):
    # round 158 (西安): …4个项目落地,为西安高新区“四个高新”建设再添新动力 (a firm 再添新动力)
    text = "西安高新区再与4家企业签约，4个项目落地，为西安高新区“四个高新”建设再添新动力。"
    assert not kinds(text, "Enterprise")


def test_products_seen_on_a_visit_are_no_firms(tmp_path):
    # round 159 (南昌): 易炼红走进车间,饶有兴致参观轻型指挥车、通信保障车等产品 (a firm 轻型指挥车)
    text = "易炼红走进车间，饶有兴致参观轻型指挥车、通信保障车等产品，仔细询问产品性能、市场需求等情况。"
    assert not kinds(text, "Enterprise")


def test_this_citys_coded_plan_is_named_without_its_pronoun(tmp_path):
    # round 159 (常州): 常州高新区将实施该市“510”行动计划 (a policy named 该市“510”行动计划)
    text = "在重大项目推进上，常州高新区将实施该市“510”行动计划和总投资650亿元的39个重大项目。"
    assert _objects(tmp_path, text, "implementsPolicy") == {"“510”行动计划"}


def test_the_sentences_before_a_paragraph_names_its_zone(tmp_path):
    # round 158 (several zones): 欧林生物、康诺亚等生物医药企业相继上市,成都天府国际生物城首家医院成都京东方医院开诊……上半年,
    # 成都高新区生物医药产业同步稳定增长 (the firms went to 中关村, named in the paragraph before)
    text = ("上半年，中关村示范区率先发布国内首个自主可控区块链软硬件技术体系“长安链”。\n"
            "欧林生物、康诺亚等生物医药企业相继上市，成都天府国际生物城首家医院成都京东方医院开诊……"
            "上半年，成都高新区生物医药产业同步稳定增长。")
    facts = facts_of(tmp_path, text)
    assert ("成都高新技术产业开发区", "hostsEnterprise", "康诺亚") in facts
    assert not any(s == "中关村科技园区" and p == "hostsEnterprise" for s, p, o in facts)


def test_a_count_of_people_opens_no_institute(tmp_path):
    # round 160 (淄博): 15名清华大学研究生来高新区实习 (an institute 名清华大学, a partner of 淄博高新区)
    assert "名清华大学" not in {m.surface for m in find_mentions("15名清华大学研究生来高新区实习。")}


def test_guanmo_ends_the_words_before_a_name(tmp_path):
    # round 160 (西安): 先后观摩比亚迪新能源汽车零部件项目、众迪年产12Gwh新型动力电池项目… (a firm 观摩比亚迪)
    text = "先后观摩比亚迪新能源汽车零部件项目、众迪年产12Gwh新型动力电池项目等五个重点项目。"
    assert "观摩比亚迪" not in {m.surface for m in find_mentions(text)}


def test_a_list_of_qualities_seen_on_a_visit_names_no_firm(tmp_path):
    # round 160 (西安): 本次观摩的五个重点项目科技含量高、投资力度大、建设进度快、引领带动作用强 (a firm 投资力度大)
    text = "据介绍，本次观摩的五个重点项目科技含量高、投资力度大、建设进度快、引领带动作用强。"
    assert not kinds(text, "Enterprise")


def test_a_pages_editor_is_no_firm(tmp_path):
    # round 160 (武汉): （记者李墨）（责任编辑：余凌云） (a firm 余凌云, hosted by 东湖高新区)
    assert not kinds("（记者李墨）（责任编辑：余凌云）", "Enterprise")


def test_a_short_name_declared_after_a_colon(tmp_path):
    # round 160 (上海): 上海张江（集团）有限公司（以下简称：张江集团）…1996年4月18日，成立子公司张江高科 (张江集团 a firm of its own,
    # the parent of the group's subsidiaries, beside the legal name)
    text = "上海张江高新区。上海张江（集团）有限公司（以下简称：张江集团），成立于1992年7月28日。张江集团是张江科学城的开发主体。"
    assert _hosted(tmp_path, text) == {"上海张江（集团）有限公司"}


def test_a_campus_and_a_joiner_end_before_another_body(tmp_path):
    # round 160 (苏州): 闫伟书记一行先后参观了南京大学苏州校区和狮山金融创新中心 (an institute 南京大学苏州校区和狮山金融创新中心)
    text = "闫伟书记一行先后参观了南京大学苏州校区和狮山金融创新中心，调研苏高新集团。"
    assert "南京大学苏州校区和狮山金融创新中心" not in {m.surface for m in find_mentions(text)}


def test_fenshu_ends_the_words_before_an_item(tmp_path):
    # round 160 (东莞): 名单中10家企业分属电动自行车、预制菜、储能等重点产业链 (a sector 分属电动自行车)
    text = "名单中10家企业分属电动自行车、预制菜、储能等重点产业链。"
    assert not any(m.surface.startswith("分属") for m in find_mentions(text))


def test_a_short_name_and_gongsi_opening_a_sentence(tmp_path):
    # round 159 (南昌): 华勤公司扎根南昌高新区,实现了营收突飞猛进 (no firm: a name before 公司 opening its sentence was never read;
    # 科学城公司总经理… is none, 科学城 being a word of data/words/generic_name_parts.txt)
    assert "华勤" in _hosted(tmp_path, "华勤公司扎根南昌高新区，实现了营收突飞猛进。")
    assert not kinds("科学城公司总经理康毅等介绍了项目建设历程。", "Enterprise")


def test_a_portals_site_and_its_writers_platform_are_no_firm(tmp_path):
    # round 133 (武汉): 来自搜狐网的图片; round 157 (无锡): 搜狐网站; round 152 (合肥): 为自媒体平台“网易号”用户上传并发布
    # (搜狐公司 and 网易公司 hosted by the page's zone, from the portal's footer)
    for chrome in ("来自搜狐网的图片", "搜狐网站", "特别声明：以上内容为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。"):
        assert not kinds(chrome, "Enterprise"), chrome
    assert kinds("网易公司在杭州高新区设立研发中心。", "Enterprise")


def test_xinyidai_dianzi_xinxi_is_a_name_of_electronic_information(tmp_path):
    # round 161 (南通): 主要围绕汽车零部件、新一代电子信息、军民融合等方向形成了主导特色产业 (no sector at all: 新一代 before a
    # known one and an unknown 军民融合 left too few items known for a list); round 136 (石家庄): 聚焦…新一代电子信息产业
    text = "南通国家高新区成立于1992年，主要围绕汽车零部件、新一代电子信息、军民融合等方向形成了主导特色产业。"
    assert {"汽车零部件", "新一代电子信息", "军民融合"} <= set(kinds(text, "Industry"))
    assert {"汽车零部件", "电子信息", "军民融合"} <= _industries(tmp_path, text)


def test_de_and_shi_are_in_no_groups_units_name(tmp_path):
    # round 161 (无锡): 在这个“豪华型”德国商界访华团体中，就有西门子的身影 (a unit 西门子的身影 of 西门子股份公司, hosted by the zone)
    assert kinds("在这个“豪华型”德国商界访华团体中，就有西门子的身影。", "Enterprise") == ["西门子"]


def test_a_zone_sent_a_letter_of_thanks_is_the_pages_zone(tmp_path):
    # round 162 (新余): 近日，工信部规划司特向新余高新区发来感谢信…同时，高新区还将加强与中南大学、南昌大学等科研院校的合作与交流
    # (no partner: 向 made the zone another party, so the page had no zone for its bare 高新区)
    text = ("厉害了，高新区这项工作被国家工信部表扬！\n近日，工信部规划司特向新余高新区发来感谢信，给予了充分的肯定。"
            "同时，高新区还将加强与中南大学、南昌大学等科研院校的合作与交流。")
    assert {("新余高新技术产业开发区", "partnersWith", "中南大学"), ("新余高新技术产业开发区", "partnersWith", "南昌大学")} <= facts_of(tmp_path, text)


def test_yi_and_xiang_opening_a_list_of_examples_open_no_name():
    # round 162 (西安): 对以三星、美光等为代表的优秀外资企业… (a firm 以三星); round 161 (桂林): 像云尚、网丫这样的文化产业企业
    # (a firm 像云尚)
    assert kinds("对以三星、美光等为代表的优秀外资企业多年以来作出的突出贡献表示感谢。", "Enterprise")[0] == "三星"
    assert kinds("截至目前，在七星高新区，像云尚、网丫这样的文化产业企业190多家。", "Enterprise") == ["云尚", "网丫"]


def test_a_provinces_name_in_firms_names_names_no_countys_zone(tmp_path):
    # round 162 (新乡): …实地走访了华兰生物工程股份有限公司、河南功能高分子膜材料创新中心有限公司、河南新飞专用汽车有限责任公司等企业
    # on a page naming no zone (a zone 河南高新技术产业开发区, after 河南蒙古族自治县, whose short form is the province's name)
    text = ("【工作信息】省人大常委会调研组莅临高新区调研指导工作\n调研组一行首先到高新区政务服务大厅实地调研。\n"
            "随后，调研组实地走访了华兰生物工程股份有限公司、河南功能高分子膜材料创新中心有限公司、河南新飞专用汽车有限责任公司等企业。")
    assert not any(s.startswith("河南") for s, p, o in facts_of(tmp_path, text))


def test_a_titles_nickname_is_no_other_policy(tmp_path):
    # round 162 (武汉): 将出台《武汉东湖新技术开发区关于鼓励集成电路产业发展的若干政策》，即“光谷集成电路产业十条” (a second policy
    # 即“光谷集成电路产业十条”, implemented and issued by the zone)
    text = "会上，东湖高新区管委会相关负责人透露，将出台《武汉东湖新技术开发区关于鼓励集成电路产业发展的若干政策》，即“光谷集成电路产业十条”，全方位促进集成电路发展。"
    assert kinds(text, "Policy") == ["《武汉东湖新技术开发区关于鼓励集成电路产业发展的若干政策》"]


def test_an_investment_promotion_company_is_a_kind_of_company(tmp_path):
    # round 162 (襄阳): 综保办、区财政金融局、襄高控股、招商公司、陆港公司等单位主要负责人 (a firm 招商)
    text = "在随后召开的座谈会上，综保办、区财政金融局、襄高控股、招商公司、陆港公司等单位主要负责人围绕综保区运营发展情况进行交流发言。"
    assert kinds(text, "Enterprise") == ["襄高控股", "陆港"]


def test_an_ellipsis_and_zhexie_end_a_list_of_firms(tmp_path):
    # round 161 (苏州): 伟信奥图、天逸瑞狮、加拉泰克……这些苏州高新区里的中小科创企业明星 (no firm)
    text = "伟信奥图、天逸瑞狮、加拉泰克……这些苏州高新区里的中小科创企业明星，2019年营收额增长都达一倍以上。"
    assert _hosted(tmp_path, text) == {"伟信奥图", "天逸瑞狮", "加拉泰克"}


def test_a_funds_targets_named_as_the_zones_sectors_are_the_zones(tmp_path):
    # round 159 (济南): 该基金主要投向济南高新区新一代信息技术、高端装备制造、生物医药、新材料及现代服务业等战略新兴产业 (none)
    text = "该基金主要投向济南高新区新一代信息技术、高端装备制造、生物医药、新材料及现代服务业等战略新兴产业。"
    assert {"新一代信息技术", "高端装备制造", "生物医药", "新材料", "现代服务业"} <= _industries(tmp_path, text)
    assert not _industries(tmp_path, "济南高新区与某公司合作设立创新产业基金，重点投向化学创新药、生物药、疫苗等领域。")


def test_a_banks_sub_branch_is_the_banks_and_no_firm_of_the_zone(tmp_path):
    # round 140 (杭州): 杭州银行科技支行新办质押融资金额3.03亿元; round 161 (兰州): 主动对接中国工商银行兰州分行城关支行;
    # (武汉): 兴业银行武汉自贸区支行的金融特派员 (none found, or no parent)
    facts = facts_of(tmp_path, "1—6月，杭州银行科技支行新办质押融资金额3.03亿元，其中滨江高新区的企业拿了一半多。")
    assert ("杭州银行科技支行", "subOrganizationOf", "杭州银行") in facts
    assert not any(p == "hostsEnterprise" and "银行" in o for s, p, o in facts)
    facts = facts_of(tmp_path, "兰州高新区管委会主动对接中国工商银行兰州分行城关支行，帮助企业获得信用贷款980万元。")
    assert ("中国工商银行兰州分行城关支行", "subOrganizationOf", "中国工商银行兰州分行") in facts
    assert ("中国工商银行兰州分行", "subOrganizationOf", "中国工商银行股份有限公司") in facts
    facts = facts_of(tmp_path, "说起最近服务一家科技型企业的经历，兴业银行武汉自贸区支行的金融特派员程琛不禁感慨。")
    assert ("兴业银行武汉自贸区支行", "subOrganizationOf", "兴业银行股份有限公司") in facts
    assert not kinds("该银行科技支行负责人介绍。", "Enterprise")


def test_a_known_bank_and_an_alliance_are_no_firms_of_the_zone(tmp_path):
    # round 134 (北京): 大赛还收到中关村银行、北京银行、华夏银行等500多家…; 中关村前沿科技与产业服务联盟、中关村银行等单位联合承办
    # (banks hosted by 中关村, once the press's banks were known; and a firm 联盟)
    text = "本次大赛由中关村科技园区管理委员会共同举办，中关村前沿科技与产业服务联盟、中关村银行等单位联合承办。大赛还收到中关村银行、华夏银行等500多家机构的支持。"
    assert not [o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"]


def test_a_pages_credited_source_is_no_firm_of_the_zone(tmp_path):
    # round 163 (洛阳): …双瑞科技产业园一期项目建设开工仪式隆重举行。（来源：中船重工） (中船重工 hosted by 洛阳高新区)
    text = "洛阳高新区消息，双瑞科技产业园一期项目建设开工仪式隆重举行。（来源：中船重工）"
    assert not any("中船重工" in o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise")


def test_verbs_of_making_open_no_firms_name():
    # round 163 (洛阳): 项目建成后，可使洛单公司实现产品升级换代 (a firm 可使洛单)
    assert kinds("项目建成后，可使洛单公司实现产品升级换代。", "Enterprise") == ["洛单"]


def test_who_gives_a_speech_is_no_firm():
    # round 163 (常州): 韩九云在致辞中表示，作为现代工业体系的重要组成部分，航空产业是我市加快发展的战略性新兴产业 (a firm 韩九云)
    assert not kinds("韩九云在致辞中表示，作为现代工业体系的重要组成部分，航空产业是我市加快发展的战略性新兴产业。", "Enterprise")


def test_guojia_gaoxin_jishu_kaifaqu_is_the_zone(tmp_path):
    # round 163 (洛阳): 洛陽中硅高科技有限公司成立于2003年3月，總部位于洛陽國家高新技術開發區華夏路6號 (no zone)
    assert kinds("总部位于洛阳国家高新技术开发区华夏路6号。", "Zone") == ["洛阳国家高新技术开发区"]


def test_a_region_opens_a_units_joined_field_words():
    # round 163 (常州): 赵岩一行来到长三角碳纤维及复合材料技术创新中心和光伏科学与技术国家重点实验室 (an institute 复合材料技术创新中心)
    found = kinds("调研中，赵岩一行来到长三角碳纤维及复合材料技术创新中心和光伏科学与技术国家重点实验室。", "ResearchInstitute")
    assert "长三角碳纤维及复合材料技术创新中心" in found


def test_a_brand_that_wins_an_award_is_a_firm(tmp_path):
    # round 163 (青岛): 在青岛高新区，从上海引进的健新医疗斩获全国赛事一等奖并获千万元融资 (no firm)
    assert "健新医疗" in _hosted(tmp_path, "在青岛高新区，从上海引进的健新医疗斩获全国赛事一等奖并获千万元融资。")


def test_qi_after_a_verb_of_building_opens_no_sector(tmp_path):
    # round 163 (青岛): 初步构建起覆盖生物医药、高端医疗器械、智慧康养的产业集聚区 (a sector 起覆盖生物医药)
    built = _industries(tmp_path, "青岛高新区初步构建起覆盖生物医药、高端医疗器械、智慧康养的产业集聚区。")
    assert "生物医药" in built and not any(name.startswith("起") for name in built)


def test_two_sectors_joined_and_counted_as_two_are_both_sectors(tmp_path):
    # round 163 (常州): 打造航空制造及航空服务两大产业板块 (航空服务, unknown to the taxonomy, no sector: a list of two has no 、)
    assert {"航空制造", "航空服务"} <= _industries(tmp_path, "常州高新区打造航空制造及航空服务两大产业板块。")


def test_the_kinds_a_line_of_products_is_made_of_are_no_sectors(tmp_path):
    # round 164 (武汉): 包括以机器人、无人机、VR眼镜、手机、…、电竞座椅为主的电竞硬件设备，以直播、短视频、影视、动漫、综艺为主的
    # 电竞内容产品… (13 sectors of 东湖高新区)
    text = ("东湖高新区科创局有关负责人介绍，除装备线上交易外，包括以机器人、无人机、VR眼镜、手机、电脑主机、显示器、键盘鼠标、电竞座椅"
            "为主的电竞硬件设备，以直播、短视频、影视、动漫、综艺为主的电竞内容产品，都是电竞衍生品。")
    assert not _industries(tmp_path, text) - {"电竞"}
    assert "高端装备制造" in _industries(tmp_path, "东湖高新区形成了以数控机床、工业机器人为主的高端装备制造产业。")


def test_a_company_founded_in_a_zone_is_no_company_the_zone_owns(tmp_path):
    # round 164 (北京): 2012年，她和…陈本峰联手，来到中关村创办美通云动公司 (a zone-owned firm 中关村创办美通云动公司)
    assert _hosted(tmp_path, "2012年，她和陈本峰联手，来到中关村创办美通云动公司。") == {"美通云动"}


def test_a_persons_former_employer_is_no_firm_of_the_zone(tmp_path):
    # round 164 (北京): 她和曾是微软美国总部IE技术核心工程师的陈本峰联手，来到中关村创办美通云动公司; 他曾经是美国谷歌公司Android产品
    # 副总裁…选择来到中关村企业小米科技担任副总裁 (微软 and 谷歌 hosted by 中关村)
    hosted = _hosted(tmp_path, "2012年，她和曾是微软美国总部IE技术核心工程师的陈本峰联手，来到中关村创办美通云动公司。")
    assert hosted == {"美通云动"}


def test_where_a_person_studied_or_worked_is_no_partner(tmp_path):
    # round 164 (北京): 但他放弃在耶鲁大学的实验室，回到北京大学任职，并在中关村创办未名凯拓农业生物技术公司; 她在哈佛大学读书
    # (partners of 中关村); round 137 (北京): 攻读硕士博士学位期间，陈威在北京理工大学的实验室里，熬了5年…
    text = "但他放弃在耶鲁大学的实验室，回到北京大学任职，并在中关村创办未名凯拓农业生物技术公司。她在哈佛大学读书，后到中关村创业。"
    assert not [o for s, p, o in facts_of(tmp_path, text) if p == "partnersWith"]
    assert ("中关村科技园区", "partnersWith", "北京大学") in facts_of(tmp_path, "中关村与北京大学共建联合实验室。")


def test_a_city_named_bare_that_issues_a_policy_is_its_issuer(tmp_path):
    # round 164 (成都): 早在2020年，成都即出台《关于推进“电竞+”产业发展的实施意见》 (issued and carried out by 成都高新区)
    facts = facts_of(tmp_path, "成都高新区发展电竞。早在2020年，成都即出台《关于推进“电竞+”产业发展的实施意见》，明确建设“电竞文化之都”。")
    assert ("关于推进“电竞+”产业发展的实施意见", "issuedBy", "成都") in facts
    assert not any(p == "implementsPolicy" or o == "成都高新技术产业开发区" for s, p, o in facts if p != "hasIndustry")
    # round 169 (佛山): 日前，佛山出台《…》 (the city with no adverb before its verb), not the zone its title names
    facts = facts_of(tmp_path, "日前，佛山出台《关于推动佛山高新技术产业开发区一区五园统筹协调发展的实施意见》，明确提出佛高区要打造先进制造园区。")
    assert ("关于推动佛山高新技术产业开发区一区五园统筹协调发展的实施意见", "issuedBy", "佛山") in facts


def test_the_sectors_a_zone_builds_its_clusters_around_are_its_sectors(tmp_path):
    """围绕通信（新一代信息技术）、新能源（汽车、储能）、半导体（…），打造一批战略性新兴产业集群 (round 169):
    the sectors a zone builds around, the glosses in brackets too; but not the topics experts talk
    around (业内专家围绕“…、大数据信息管理”这一主题，纷纷…献计献策, round 131) nor a policy's fields."""
    facts = facts_of(tmp_path, "苏州高新区将围绕通信（新一代信息技术）、新能源（汽车、储能）、半导体（集成电路设计与制造），打造一批战略性新兴产业集群。")
    assert {"新一代信息技术", "新能源", "汽车", "储能", "半导体"} <= {o for s, p, o in facts if p == "hasIndustry"}
    facts = facts_of(tmp_path, "南京高新区。业内专家围绕“机电设备资源整合、大数据信息管理”这一主题，纷纷为轨道交通运营献计献策。")
    assert not {o for s, p, o in facts if p == "hasIndustry"}


def test_kinds_of_listed_firms_and_scholars_who_lead_are_no_companies():
    """新三板公司, 科创公司 (round 169): a kind of company by where it lists, as 上市公司 is; 由黄维院士领衔、
    福建师范大学等共建的海峡实验室: a scholar leading a lab, no peer company of the university."""
    assert kinds("张江高新区。越来越多的新三板公司公布了“科创板”计划。", "Enterprise") == []
    assert kinds("培育科创公司新三板“张江一族”站前排。", "Enterprise") == []
    assert kinds("由黄维院士领衔、福建师范大学等共建的海峡实验室落户福州高新区。", "Enterprise") == []


def test_a_place_ranking_the_zone_is_no_other_place_the_clause_is_about(tmp_path):
    """自贡高新区拥有…优势：四川惟一的…示范基地、国家新材料高新技术产业化基地 (round 169): 四川 opens the
    clause only to rank the zone within the province, so the clause is still the zone's."""
    facts = facts_of(tmp_path, "自贡高新区拥有众多产业发展优势：四川惟一的节能环保装备制造示范基地、国家新材料高新技术产业化基地。")
    assert ("自贡高新技术产业开发区", "hasIndustry", "新材料") in facts


def test_a_sector_naming_an_alliance_or_association_is_not_the_zones(tmp_path):
    """法国人工智能产业协同联盟, 德国机器人产业协同联盟 (round 161), 中国电子材料行业协会半导体材料分会 (round
    163): bodies named after their sector, founded or attending in the zone; not its sectors."""
    facts = facts_of(tmp_path, "无锡高新区。大会上，法国人工智能产业协同联盟、德国机器人产业协同联盟同时揭牌成立。")
    assert not {o for s, p, o in facts if p == "hasIndustry"}
    facts = facts_of(tmp_path, "洛阳高新区项目开工，中国电子材料行业协会半导体材料分会秘书长朱黎辉等出席项目开工奠基仪式。")
    assert not {o for s, p, o in facts if p == "hasIndustry"}


def test_lines_of_business_a_zone_develops_are_its_sectors(tmp_path):
    """重点发展了生物医药、特色医疗、高端医疗器械等业态 (round 163): the lines of business the zone
    develops are its sectors; 共享经济、平台经济等新模式新业态 stay business models."""
    facts = facts_of(tmp_path, "泰州医药高新区重点发展了生物医药、特色医疗、高端医疗器械等业态。")
    assert {"生物医药", "医疗器械"} <= {o for s, p, o in facts if p == "hasIndustry"}


def test_the_sectors_of_a_zones_firms_counted_are_its_sectors(tmp_path):
    """苏州高新区已集聚医疗器械及生物医药企业超400家 (round 165): the zone gathers that many firms of the
    sectors, so they are its sectors (no 等 before 企业, as …等企业20余家 has)."""
    facts = facts_of(tmp_path, "目前，苏州高新区已集聚医疗器械及生物医药企业超400家，总产值达200亿元。")
    assert {"医疗器械", "生物医药"} <= {o for s, p, o in facts if p == "hasIndustry"}


def test_strength_stakes_medicines_and_verbs_before_a_name_are_no_companies():
    """Round 170: 增强内生动力 (strength gained), 参与企业各方占相应股份 (the stake each holds), 祖卡木颗粒、寒喘
    祖帕颗粒入选…药品目录 (medicines by their dosage form), 观摩团对公司的… ("the company") are no companies;
    采用亿康基因公司的技术 and 与会人员主要有苏州工业园区…有限公司 name the company after the verb."""
    assert kinds("浦口区把重大项目作为推进发展的第一抓手，夯实现有产业基础，增强内生动力。", "Enterprise") == []
    assert kinds("参与企业各方占相应股份，形成利益共担共享格局。", "Enterprise") == []
    assert kinds("疫情期间，祖卡木颗粒、寒喘祖帕颗粒入选新疆疫情防控药品目录。", "Enterprise") == []
    assert kinds("观摩团对公司的智能化高端制剂生产线给予了重点关注。", "Enterprise") == []
    assert kinds("全球首个采用亿康基因公司的技术的试管婴儿在江苏诞生。", "Enterprise") == ["亿康基因"]
    assert kinds("与会人员主要有苏州工业园区生物产业发展有限公司-张春东副总裁。", "Enterprise") == ["苏州工业园区生物产业发展有限公司"]


def test_another_citys_cluster_by_its_nickname_is_not_the_zones(tmp_path):
    """咸宁9家企业对接“武汉车谷” (round 170): 武汉's car cluster, by its nickname, on a page of 咸宁高新区; a
    zone's own (合肥高新区…“中国声谷”) stays the zone's."""
    facts = facts_of(tmp_path, "咸宁高新区汽配企业。咸宁9家企业对接“武汉车谷”。")
    assert not {o for s, p, o in facts if p == "hasCluster"}
    facts = facts_of(tmp_path, "合肥高新区加快建设“中国声谷”。")
    assert ("合肥高新技术产业开发区", "hasCluster", "合肥高新区人工智能产业集群") in facts


def test_firms_listed_with_zai_nei_de_after_their_list(tmp_path):
    """该区包括金田轮胎、三环汽车方向机、三赢兴智能光电等在内的9家园区重点汽车零部件企业 (round 170):
    在内的 after 等 (the firms included) still closes a list of the zone's firms."""
    names = kinds("咸宁高新区发布消息：该区包括金田轮胎、三环汽车方向机、三赢兴智能光电等在内的9家园区重点汽车零部件企业。",
                  "Enterprise")
    assert {"金田轮胎", "三赢兴智能光电"} <= set(names)
    # and without 等 (包括億航無人機、多益網絡、酷漫居在內的數十家…企業, round 161)
    names = kinds("广州高新区聚集了包括亿航无人机、多益网络、酷漫居在内的数十家广州市优秀文化和科技企业。", "Enterprise")
    assert {"亿航无人机", "多益网络", "酷漫居"} <= set(names)


def test_xcmgs_units_named_after_it_belong_to_it(tmp_path):
    """徐工汽车、徐工消防 (round 170): units of 徐工 (XCMG), named 徐工X as 中信特钢 is named after 中信, so
    they belong to 徐州工程机械集团有限公司 (data/enterprise_groups.csv)."""
    facts = facts_of(tmp_path, "徐州高新区拥有徐工汽车、徐工消防、弘安等整车企业。")
    assert ("徐工汽车", "subOrganizationOf", "徐州工程机械集团有限公司") in facts
    assert ("徐工消防", "subOrganizationOf", "徐州工程机械集团有限公司") in facts


def test_the_academy_a_person_is_elected_to_is_no_partner(tmp_path):
    """从美国国家医学院传来喜讯，…专家谢晓亮教授成功当选美国国家医学院院士 (round 170): the academy that
    elected the zone's expert, not a partner of the zone, wherever the sentence names it."""
    facts = facts_of(tmp_path, "泰州医药高新区。10月18日，从美国国家医学院传来喜讯，泰州中国医药城“国家千人计划”"
                               "专家谢晓亮教授成功当选美国国家医学院院士。")
    assert not {o for s, p, o in facts if p == "partnersWith"}


def test_reinforcements_brought_in_start_no_name(tmp_path):
    """光谷“集成电路朋友圈”再引强援联发科技武汉研发中心 (round 162): 强援 (a strong ally brought in) ends the
    words before the name; the centre is 联发科技武汉研发中心, 联发科's, no 再引强援联发科技武汉研发中心."""
    facts = facts_of(tmp_path, "东湖高新区。光谷“集成电路朋友圈”再引强援联发科技武汉研发中心一期项目落户。")
    assert ("联发科技武汉研发中心", "subOrganizationOf", "联发科") in facts
    assert not any("强援" in s or "强援" in o for s, p, o in facts)


def test_an_area_in_a_list_of_projects_is_no_investor():
    """实地察看菜鸟跨境中心仓项目、东风系整车出口项目及原苏宁产业园仓库、出口加工区等项目 (round 162): the
    export-processing area is a part of the zone, no company investing in a project."""
    names = kinds("黄克立一行走进襄阳综保区，实地察看菜鸟跨境中心仓项目、东风系整车出口项目及原苏宁产业园仓库、"
                  "出口加工区等项目建设及发展现状。", "Enterprise")
    assert "出口加工区" not in names


def test_a_verb_and_products_in_a_list_of_projects_are_no_investors():
    """又陆续投资了年产600万台压缩机项目、…、家用空调扩建项目、商用空调项目 (round 171): a verb and its
    particle before a capacity, and the products projects make, name no investing company."""
    names = kinds("自2006年珠海格力在合肥高新区投资建设了格力空调生产基地以来，又陆续投资了年产600万台压缩机项目、"
                  "年产1300万台电机项目、家用空调扩建项目、商用空调项目，已形成产能规模。", "Enterprise")
    assert names == []


def test_the_nations_largest_starts_no_institutes_name():
    """高新区引资超千亿将建全国最大3D研究院 (round 171): 全国最大 says what the institute will be, it is no
    part of its name."""
    assert kinds("首发：高新区引资超千亿将建全国最大3D研究院", "ResearchInstitute") == ["3D研究院"]


def test_a_bases_place_after_its_sector_is_no_part_of_the_sector(tmp_path):
    """国家地球空间信息武汉产业化基地 (round 171): the base's sector is 地球空间信息, 武汉 its place."""
    facts = facts_of(tmp_path, "武汉东湖新技术开发区的国家地球空间信息武汉产业化基地迎来调研。")
    assert ("武汉东湖新技术开发区", "hasIndustry", "地球空间信息") in facts


def test_firms_listed_before_a_sector_opening_with_di_are_firms():
    """参观了中地数码、吉奥、卓越、华正等地理信息骨干企业 (round 171): 等地 before a list's head is mostly 等地
    (and such places), but 地理信息 is a sector, and the list is of its firms."""
    names = kinds("徐德明先后参观了中地数码、吉奥、卓越、华正等地理信息骨干企业。", "Enterprise")
    assert names == ["中地数码", "吉奥", "卓越", "华正"]


def test_every_unit_a_holding_lists_after_its_subsidiary_is_its(tmp_path):
    """宁德时代控股子公司广东邦普循环科技有限公司、宁波邦普时代新能源有限公司 (round 166): 控股子公司 makes
    宁德时代 the owner (no company 宁德时代控股) of both units the list names, not the first alone."""
    facts = facts_of(tmp_path, "宜昌高新区。宁德时代控股子公司广东邦普循环科技有限公司、宁波邦普时代新能源有限公司与"
                               "湖北宜化集团合资建设项目。")
    assert ("广东邦普循环科技有限公司", "subOrganizationOf", "宁德时代") in facts
    assert ("宁波邦普时代新能源有限公司", "subOrganizationOf", "宁德时代") in facts


def test_guilins_zone_named_by_its_district(tmp_path):
    """截至目前，在七星高新区，像云尚、网丫这样的文化产业企业190多家 (round 161): 七星高新区 is 桂林高新区,
    named by 七星区, the district it lies in (data/zones.csv), no zone of its own."""
    facts = facts_of(tmp_path, "截至目前，在七星高新区，像云尚、网丫这样的文化产业企业190多家。")
    assert ("桂林高新技术产业开发区", "hostsEnterprise", "云尚") in facts


def test_a_weak_cue_alone_presents_no_sector(tmp_path):
    """行业 and 为主 alone in a clause say a sector is the zone's about as often as not (held-out rounds 105-172:
    5 right, 18 wrong): 基因检测行业竞争激烈 (a founder on her trade, round 143), …纺织、机械、医药行业用电量增长
    (a city's power use, round 172) give no sector; beside another cue (产业) they still do."""
    facts = facts_of(tmp_path, "杭州高新区企业。肖雯松了口气，“基因检测行业竞争激烈，加快临床过程，就能形成核心竞争力。")
    assert not {o for s, p, o in facts if p == "hasIndustry"}
    facts = facts_of(tmp_path, "武进国家高新区。特别是信息传输、软件和信息技术服务业、纺织、机械、医药行业用电量增长位居前列。")
    assert not {o for s, p, o in facts if p == "hasIndustry"}
    facts = facts_of(tmp_path, "杭州高新区基因检测行业企业集聚，产业规模扩大。")
    assert ("杭州高新技术产业开发区", "hasIndustry", "基因检测") in facts


def test_verbs_of_visiting_and_believing_start_no_name():
    """陪同下莅临中煤集团调研, 相信天宇集团一定能… (round 173): 莅临 (to visit) and 相信 (to believe) end the words
    before a company's name, as 来到 and 走进 do."""
    assert kinds("在济宁高新区经济发展局相关负责同志陪同下莅临中煤集团调研。", "Enterprise") == ["中煤集团"]
    assert set(kinds("天宇集团是延吉市的知名重点企业，相信天宇集团一定能把项目建设好。", "Enterprise")) == {"天宇集团"}


def test_a_group_named_with_china_is_no_china_arm_of_its_listed_company(tmp_path):
    """中煤集团 (中国中煤能源集团有限公司, round 173) is the group of the listed 中国中煤能源股份有限公司, whose short
    name 中煤能源 drops the same 中国: not its China arm, as 中国惠普有限公司 is 惠普's."""
    from zonegraph.entities.registry import enterprise_parent
    assert enterprise_parent("中国中煤能源集团有限公司") is None
    assert enterprise_parent("中国惠普有限公司") == "惠普"


def test_robots_listed_as_products_are_no_companies():
    """研发生产了…、消防机器人、履带排爆机器人、防疫消杀机器人、…等多款工业智能化产品 (round 173): items of a list
    whose head is 产品 are products, wherever they stand in it; but …、宇海精密等智慧装备、电子信息企业 (round 113)
    lists firms of those sectors."""
    names = kinds("通过引进国外机器人先进技术，研发生产了工业智能机器人、餐厅服务机器人、消防机器人、履带排爆机器人、"
                  "防疫消杀机器人、巡查机器人、农用植保无人机等多款工业智能化产品。", "Enterprise")
    assert names == []
    names = kinds("在璧山国家高新区，青山公司、安洁电子、龙润汽车、宇海精密等智慧装备、电子信息企业订单量上涨。", "Enterprise")
    assert {"安洁电子", "龙润汽车"} <= set(names)


def test_a_company_said_to_belong_to_another_is_its_unit(tmp_path):
    """X隶属于Y (信成电动隶属于中国之信集团, round 172): X is Y's unit, and Y, named to describe it, is no firm of
    the zone's, as with X是Y的全资子公司."""
    facts = facts_of(tmp_path, "长沙高新区。长沙宇顺触控技术有限公司隶属于深圳市宇顺电子股份有限公司，是一家触摸屏企业。")
    assert ("长沙宇顺触控技术有限公司", "subOrganizationOf", "深圳市宇顺电子股份有限公司") in facts
    assert ("长沙高新技术产业开发区", "hostsEnterprise", "深圳市宇顺电子股份有限公司") not in facts


def test_a_short_name_in_bare_brackets_after_a_legal_name_is_declared():
    """长沙宇顺触控技术有限公司（宇顺触控） (round 173): the bracket holds the name the text will use, made of the
    legal name's characters in order; a place (（北京）) or 集团 in brackets declares none."""
    found = [(m.surface, m.name, m.rule) for m in find_mentions("宇顺电子发布公告，将通过全资子公司长沙宇顺触控技术有限公司（宇顺触控）投资。")
             if m.kind == "Enterprise"]
    assert ("宇顺触控", "长沙宇顺触控技术有限公司", "enterprise-short-form") in found
    found = [m.surface for m in find_mentions("华为技术有限公司（北京）落户。") if m.rule == "enterprise-short-form"]
    assert found == []


def test_changsha_zone_by_its_byname_and_zone_word(tmp_path):
    """项目位于湖南省长沙市麓谷高新区的“宇顺科技园”内 (round 173): 麓谷高新区 is 长沙高新区 by its byname
    (data/zones.csv), no zone of its own found by pattern."""
    facts = facts_of(tmp_path, "长沙宇顺触控技术有限公司位于湖南省长沙市麓谷高新区。")
    assert facts == {("长沙高新技术产业开发区", "hostsEnterprise", "长沙宇顺触控技术有限公司")}


def test_a_known_name_in_a_sites_menu_bar_is_no_company():
    """…网站地图财经中心搜狐|ChinaRen|焦点房地产|17173|搜狗实用工具 (round 172): a portal's menu, its items
    between bars, names no company of the zone's page; a known name beside other marks still does."""
    text = "网站地图财经中心搜狐|ChinaRen|焦点房地产|17173|搜狗实用工具"
    assert [m.surface for m in find_mentions(text) if m.kind == "Enterprise"] == []
    assert "华为" in [m.surface for m in find_mentions("长春高新区引进华为、中兴等企业。") if m.kind == "Enterprise"]


def test_a_verb_of_demanding_starts_no_name():
    """兰州市政府要求兰州九洲乳业有限公司… (round 154): the whole verb 要求 ends the words before the name, no
    company 求兰州九洲乳业有限公司 left by cutting after 要."""
    assert kinds("根据流域限批的信息，兰州市政府要求兰州九洲乳业有限公司尽快搬迁。", "Enterprise") == ["兰州九洲乳业有限公司"]


def test_a_firms_capital_letters_open_its_name():
    """在AG电竞集团董事长乐可登看来 (round 109): the letters open the firm's name (AG电竞集团), no count or
    stray word before a 电竞集团; digits before a name still count (39无锡…)."""
    assert kinds("在AG电竞集团董事长乐可登看来，天府长岛数字文创园形成了协作圈。", "Enterprise") == ["AG电竞集团"]


def test_a_short_reference_to_a_title_names_no_issuer_of_its_own(tmp_path):
    """（下称《实施意见》） after 佛山出台《关于推动佛山高新技术产业开发区…的实施意见》 (round 169): the short
    form refers back to the title, issued by the one named before it, not by the zone its title names."""
    facts = facts_of(tmp_path, "日前，佛山出台《关于推动佛山高新技术产业开发区一区五园统筹协调发展的实施意见》（下称《实施意见》），"
                               "明确提出佛高区要努力打造世界一流先进制造园区。")
    assert {o for s, p, o in facts if p == "issuedBy"} == {"佛山"}


def test_a_firm_a_person_joins_as_staff_is_no_firm_of_the_zone(tmp_path):
    # round 164 (武汉): 佘锋于2009年毕业于武汉大学软件学院，同年进入腾讯公司互动娱乐部就职 (腾讯 hosted by 东湖高新区)
    text = "东湖高新区电竞企业发展迅速。佘锋于2009年毕业于武汉大学软件学院，同年进入腾讯公司互动娱乐部就职。"
    assert not _hosted(tmp_path, text)


def test_parts_after_a_joiner_are_no_firm():
    # round 164 (常州): 与北汽新能源汽车整车及零部件、斯太尔发动机、博世力士乐等一批重大项目紧密联动 (a firm 零部件)
    found = kinds("新项目将分两期实施，与北汽新能源汽车整车及零部件、斯太尔发动机、博世力士乐等一批重大项目紧密联动。", "Enterprise")
    assert "零部件" not in found and "博世力士乐" in found


def test_a_quoted_brand_that_is_a_countys_name_names_no_zone(tmp_path):
    # round 165 (湘潭): …都来自于“金凤”电缆的支持。华菱线缆，正是“金凤”的制造者 (a zone 金凤高新技术产业开发区, after 银川's 金凤区)
    text = ("华菱线缆：希望争取国家更多的优惠政策\n当天，刘硕科去的第一站是华菱线缆。\n其发射所用的点火电缆都来自于“金凤”电缆的支持。"
            "华菱线缆，正是“金凤”的制造者。\n丁伟平提出，希望在新的一年，企业与高新区零距离对接。")
    assert not any("金凤" in s for s, p, o in facts_of(tmp_path, text))


def test_a_foundations_member_units_are_no_firms_of_the_zone(tmp_path):
    # round 165 (苏州): 理事单位为华大集团、万科公益基金会、松禾资本和星河控股集团 (华大集团 and 星河控股集团 hosted by 苏州高新区)
    text = "苏州高新区举办公益活动。该基金会成立于2015年，理事单位为华大集团、万科公益基金会、松禾资本和星河控股集团。"
    assert not _hosted(tmp_path, text)


def test_firms_settling_in_a_province_are_no_firms_of_the_zone(tmp_path):
    # round 165 (贵阳): 随着贵州省加大力度发展畜牧业，北京京安、河南柳江、江苏雨润、广东温氏、桂林大发等国内一流生物养殖和食品制造企业
    # 相继进驻贵州 (five firms hosted by 贵阳高新区)
    text = ("贵阳高新区企业发展。紧接着，随着贵州省加大力度发展畜牧业，北京京安、河南柳江、江苏雨润、广东温氏、桂林大发等"
            "国内一流生物养殖和食品制造企业相继进驻贵州，为许俊才增添了投资信心。")
    assert not _hosted(tmp_path, text)


def test_changfei_is_yofc(tmp_path):
    # round 165 (武汉): 光纤光缆主题产业园将落户光谷，投资方为全球行业巨头长飞 (no firm); not 成长飞速
    text = "昨日，记者从东湖高新区获悉，光纤光缆主题产业园将落户光谷，投资方为全球行业巨头长飞。"
    assert "长飞光纤光缆股份有限公司" in _hosted(tmp_path, text)
    assert not kinds("企业成长飞速。", "Enterprise")


def test_words_of_meaning_and_of_what_a_park_is_made_of_open_no_name(tmp_path):
    # round 163 (洛阳): 占地480亩，主要由120兆平方英寸/年电路级硅抛光片项目、…等主要项目组成 (a firm 主要由); round 161 (广州):
    # 该展厅以发动机引擎为设计原点，寓意科技为文化产业发展的第一动力 (a firm 寓意科技)
    hosted = _hosted(tmp_path, "洛阳高新区消息。洛单公司半导体产业园位于高新区，占地480亩，主要由120兆平方英寸/年电路级硅抛光片项目、"
                                "240万片/年8英寸硅抛光片项目、洛单半导体产业园综合辅助物流区等主要项目组成。")
    assert "主要由" not in hosted
    assert not _hosted(tmp_path, "广州高新区展厅开放。该展厅以发动机引擎为设计原点，寓意科技为文化产业发展的第一动力。")


def test_a_manufacturing_innovation_centre_by_kind_is_no_institute():
    # round 161 (潍坊): 4家企业建设的潍坊市制造业创新中心力争成为国家制造业创新中心 (国家制造业创新中心, a kind of centre, a partner
    # of 潍坊高新区)
    found = kinds("4家企业建设的潍坊市制造业创新中心力争成为国家制造业创新中心，对加快潍坊高新区制造业转型升级具有重要意义。",
                  "ResearchInstitute")
    assert "国家制造业创新中心" not in found


def test_whose_sector_and_whose_capital_open_no_name(tmp_path):
    # round 166 (武汉): 落户企业对光谷打造我国集成电路产业重要一极充满信心 (a sector 我国集成电路); (郑州): …运营基金以股权投资方式增资
    # 华道（上海）生物医药有限公司 (a firm 股权投资方式增资华道…); (厦门): “老朋友”玉晶光电发来好消息 (a firm 玉晶光)
    assert "我国集成电路" not in kinds("落户企业对光谷打造我国集成电路产业重要一极充满信心。", "Industry")
    assert kinds("10月18日，郑州高新知识产权运营基金以股权投资方式增资华道（上海）生物医药有限公司。", "Enterprise") == [
        "华道（上海）生物医药有限公司"]
    assert kinds("投洽会“老朋友”玉晶光电发来好消息", "Enterprise") == ["玉晶光电"]


def test_a_grade_written_in_letters_opens_no_institute():
    # round 166 (济南): 重点了解了5G智能全自动化深低温细胞储存液氮库、B+A级中心实验室等精尖科普研发平台 (an institute 级中心实验室)
    assert not kinds("重点了解了5G智能全自动化深低温细胞储存液氮库、B+A级中心实验室等精尖科普研发平台。", "ResearchInstitute")


def test_a_national_and_local_joint_centre_keeps_its_joint():
    # round 173 (株洲): 依托湖南工业大学先进包装材料研发技术国家地方联合工程研究中心 (cut at 联合: no centre, no parent);
    # round 21 (青岛): …、干细胞生物诊疗国家地方联合工程研究中心、…
    assert kinds("该中心将依托湖南工业大学先进包装材料研发技术国家地方联合工程研究中心，开展检测分析业务。",
                 "ResearchInstitute") == ["湖南工业大学先进包装材料研发技术国家地方联合工程研究中心"]
    assert "干细胞生物诊疗国家地方联合工程研究中心" in kinds(
        "园区建有生物医药专业孵化中心、干细胞生物诊疗国家地方联合工程研究中心、青岛市蓝色生物医药实验室。", "ResearchInstitute")


def test_a_provinces_base_the_zone_won_is_its_sector_unless_the_department_is_named(tmp_path):
    # round 170 (徐州): 2018年获批江“江苏省汽车零部件产业基地” (汽车零部件 the zone's); the corpus (000): 获批河北省工信厅的
    # “河北省安全应急产业基地” stays a title among the zone's awards
    facts = facts_of(tmp_path, "徐州高新区坚持发展主导产业，2018年获批江“江苏省汽车零部件产业基地”。")
    assert ("徐州高新技术产业开发区", "hasIndustry", "汽车零部件") in facts
    facts = facts_of(tmp_path, "燕郊高新区获批河北省工信厅的“河北省安全应急产业基地”。")
    assert not any(p == "hasIndustry" for _, p, _ in facts)


def test_a_zone_named_by_its_district_alone_and_no_zone_from_a_companys_place(tmp_path):
    # round 175 (杭州): a page that writes only 高新区(滨江) and names 新华三集团 three times made up a zone
    # 新华高新技术产业开发区 (石家庄's 新华区) and gave it every firm and sector
    text = ("5月30日，高新区（滨江）与紫光股份有限公司签署战略合作协议。紫光集团联席总裁、新华三集团首席执行官于英涛、"
            "新华三集团联席总裁卢英杰、新华三集团副总裁朱升宏出席仪式。")
    assert ("杭州高新技术产业开发区", "hostsEnterprise", "紫光股份有限公司") in facts_of(tmp_path, text)
    facts = facts_of(tmp_path, "高新区与紫光股份有限公司签署战略合作协议。新华三集团首席执行官于英涛、新华三集团联席总裁卢英杰出席仪式。")
    assert not any(s.startswith("新华") for s, _, _ in facts)


def test_what_a_company_is_famed_as_is_no_name():
    # round 176 (成都): 乐敦制药株式会社是日本著名制药公司 (a firm 日本著名制药)
    assert kinds("乐敦制药株式会社是日本著名制药公司，也是日本上市企业。", "Enterprise") == ["乐敦制药株式会社"]


def test_a_persons_trade_company_is_no_name():
    # round 176 (厦门): 马丁的鞋业公司与火炬的投资公司，在广河县合作创办了吉明鞋业 (a firm 鞋业)
    assert "鞋业" not in kinds("2019年10月，马丁的鞋业公司与火炬的投资公司，在广河县合作创办了吉明鞋业。", "Enterprise")


def test_a_class_of_drug_is_no_sector(tmp_path):
    # round 176 (泰州): …是一家以研发呼吸和精神领域疾病的一类、二类创新药为主的企业 (sectors 一类 and 二类创新药)
    industries = _industries(tmp_path, "在位于泰州医药高新区的江苏长泰药业有限公司，是一家以研发呼吸和精神领域疾病的一类、二类创新药为主的企业。")
    assert not any("类" in name for name in industries)


def test_a_project_started_opens_no_name():
    # round 146 (威海): 新增开工项目泰视智能、锦飞新材料等9个 (泰视智能 lost: 开工项目泰视 too long for a name's words)
    assert kinds("新增开工项目泰视智能、锦飞新材料等9个，总投资98.9亿元。", "Enterprise") == ["泰视智能", "锦飞新材料"]
    assert kinds("新增开工泰视智能、锦飞新材料等9个项目。", "Enterprise") == ["泰视智能", "锦飞新材料"]


def test_a_group_and_a_place_after_a_preposition_is_no_unit():
    # round 177 (武汉): 联想在北京等地谈了300多个游戏团队 (a unit 联想在北京)
    assert kinds("黄岩说，联想在北京等地谈了300多个游戏团队，最后投了铃空游戏。", "Enterprise") == ["联想"]


def test_a_unit_named_after_what_it_is_to_its_owner(tmp_path):
    # round 177 (合肥): 公司全资子公司安徽智飞龙科马公司生物制药产业园(A区)项目开工仪式在合肥高新区举行 (no firm: 公司 in its words)
    text = "2018年9月28日上午，公司全资子公司安徽智飞龙科马公司生物制药产业园（A区）项目开工仪式在合肥高新区举行。"
    assert _hosted(tmp_path, text) == {"安徽智飞龙科马"}


def test_a_kind_of_cluster_between_its_sector_and_the_word():
    # round 168 (无锡): 将强有力地支撑无锡高新区绿色低碳产业融合集群发展 (no cluster: 融合 between 产业 and 集群)
    assert kinds("金风科技南方基地项目的落地，将强有力地支撑无锡高新区绿色低碳产业融合集群发展。", "IndustrialCluster") == [
        "绿色低碳产业融合集群"]


def test_a_subsidiarys_owner_is_not_hosted(tmp_path):
    # round 178 (惠州): 杰普特的子公司惠州杰普特项目已在仲恺高新区动工 (深圳市杰普特光电 hosted beside its unit)
    hosted = _hosted(tmp_path, "惠州仲恺高新区消息。而在与深圳相邻的惠州市，杰普特的子公司惠州杰普特项目已在仲恺高新区动工。")
    assert hosted == {"惠州杰普特"}


def test_a_place_named_as_the_zone_is_no_other_place(tmp_path):
    # round 178 (上海): 刚刚入驻位于浦东张江“模力社区”的上海极豆科技有限公司 (浦东 read as another place than the zone)
    assert _hosted(tmp_path, "刚刚入驻位于浦东张江的上海极豆科技有限公司CEO王亦菲在接受记者采访时表示。") == {"上海极豆科技有限公司"}


def test_a_scene_set_in_another_area_is_not_the_zones(tmp_path):
    # round 179 (益阳): 在益阳长春经开区，湖南宇晶机器股份有限公司工人胡迪辉告诉记者… (告诉记者 read as a byline, the page's zone
    # again); 走进益阳龙岭产业开发区湖南艾华集团股份有限公司办公楼 (the zone's firm)
    opening = "记者走访位于益阳市中心城区的益阳高新区等3个工业园区的多家企业。在益阳高新区益阳科力远电池有限责任公司，记者看到生产繁忙。"
    assert _hosted(tmp_path, opening + "在益阳长春经开区，湖南宇晶机器股份有限公司工人胡迪辉告诉记者，疫情没有改变工作量。") == {
        "益阳科力远电池有限责任公司"}
    assert _hosted(tmp_path, opening + "走进益阳龙岭产业开发区湖南艾华集团股份有限公司办公楼，见一楼几个房间锁着门。") == {
        "益阳科力远电池有限责任公司"}


def test_a_batch_and_an_upgrade_open_no_institutes_name():
    # round 175 (烟台): 入选全国首批国家工业设计研究院培育对象名单 (an institute 全国首批国家工业设计研究院), 法规司公示首批…,
    # 山东省工业设计研究院（烟台）成功升级国家智能制造工业设计研究院 (one institute of it all)
    assert kinds("2019年10月，山东省工业设计研究院成功入选全国首批国家工业设计研究院培育对象名单。", "ResearchInstitute") == [
        "山东省工业设计研究院"]
    assert kinds("工业和信息化部产业政策与法规司公示首批国家工业设计研究院培育对象名单。", "ResearchInstitute") == []
    assert kinds("山东省工业设计研究院（烟台）成功升级国家智能制造工业设计研究院。", "ResearchInstitute") == [
        "山东省工业设计研究院（烟台）", "国家智能制造工业设计研究院"]


def test_machines_that_lead_a_sector_are_no_firms():
    # round 180 (益阳): 以密炼机、硫化机等为龙头的装备制造产业 (firms 密炼机 and 硫化机)
    assert kinds("目前园区已形成了以密炼机、硫化机等为龙头的装备制造产业；以雕牌洗涤用品为主体的精细化工产业。", "Enterprise") == []


def test_things_one_after_another_are_no_firm():
    # round 180 (泰州): 中国医药城医药博览馆以一组组数据、一张张图片、一件件实物，集中展示… (a firm 一组组数据)
    assert kinds("中国医药城医药博览馆以一组组数据、一张张图片、一件件实物，集中展示了医药城的发展成果。", "Enterprise") == []


def test_actions_each_opened_by_a_verb_are_no_list_of_firms():
    # round 180 (北海): 鼓励企业自主创新和转型升级、鼓励企业设立创新载体、鼓励企业自主研发和创建自主品牌 (firms 转型升级, 创新载体,
    # 自主研发: the list read as closed by 和…品牌)
    text = ("此次颁奖大会旨在明确鼓励企业实施知识产权战略、鼓励企业科技成果转化及应用、鼓励企业自主创新和转型升级、"
            "鼓励企业设立创新载体、鼓励企业自主研发和创建自主品牌。")
    assert kinds(text, "Enterprise") == []


def test_the_first_of_the_firms_counted_names_one():
    # round 180 (湘潭): …，江冶机电等11家企业获省著名商标奖励，恒宇建材等6家企业获省名牌产品奖励，新新线缆等9家企业获… (no firms)
    text = ("本次表彰大会上，世优电气等4家企业获纳税贡献奖，江冶机电等11家企业获省著名商标奖励，恒宇建材等6家企业获省名牌产品奖励，"
            "新新线缆等9家企业获市、区企业技术中心奖励。")
    assert kinds(text, "Enterprise") == ["世优电气", "江冶机电", "恒宇建材", "新新线缆"]


def test_a_list_items_gloss_in_brackets_keeps_the_list_of_clusters():
    # round 29 (仲恺): 到如今新能源电池(新型储能)、超高清视频显示、电子信息产业等三大千亿级产业集群 (no cluster of 新能源电池: its
    # gloss stood between it and the next item)
    clusters = kinds("惠州仲恺高新区从单一的电子信息产业，到如今新能源电池（新型储能）、超高清视频显示、电子信息产业等三大千亿级产业集群。",
                     "IndustrialCluster")
    assert len(clusters) == 3 and clusters[0].startswith("新能源电池")


def test_a_headline_written_twice_is_a_line_of_its_own(tmp_path):
    # round 180 (无锡): a page's headline, the same headline again, then its byline, each line a paragraph; joined
    # across the blank lines, the headline and the next ran into one institute 江苏无锡香港理工大学无锡科技创新研究院
    text = ("香港商报\n\n香港理工大学无锡科技创新研究院落地江苏无锡\n\n香港理工大学无锡科技创新研究院落地江苏无锡\n\n"
            "责任编辑：郭昕玥 2022-09-29 15:30:39\n\n    9月29日，香港理工大学无锡科技创新研究院签约仪式在江苏无锡和香港两地同步举行，"
            "无锡高新区与香港理工大学“云签约”。\n")
    path = tmp_path / "wuxi.txt"
    path.write_text(text, encoding="utf-8")
    sentences = [s.text for s in read_document(path).sentences]
    assert sentences[1] == sentences[2] == "香港理工大学无锡科技创新研究院落地江苏无锡"


def test_an_editors_line_is_a_line_of_its_own(tmp_path):
    # round 180 (无锡): 責任編輯:郭昕玥 2022-09-29 15:30:39原創 來源:香港商報網, then the article's first paragraph: the
    # evidence quote of the paragraph's facts began with the page's editor and source
    text = ("香港理工大學無錫科技創新研究院落地江蘇無錫\n\n責任編輯:郭昕玥 2022-09-29 15:30:39原創 來源:香港商報網\n\n"
            "    「太湖明珠」牽手「東方之珠」,無錫與本港創科合作再添新平台。9月29日,無錫高新區與香港理工大學「雲簽約」。\n")
    path = tmp_path / "wuxi.txt"
    path.write_text(text, encoding="utf-8")
    sentences = [s.text for s in read_document(path).sentences]
    assert sentences[1].startswith("责任编辑") and sentences[1].endswith("香港商报网")


def test_a_firm_named_after_a_direction_and_for_a_word_of_its_own():
    # an environmental notice's neighbours: 为 opens the name where 发展, the firm's own word, cut all of it
    text = "项目所在5栋东侧为武汉景川诊断技术股份有限公司，西侧为绿化用地和车位，北侧为武汉光谷生物医药产业园发展有限公司。"
    assert kinds(text, "Enterprise") == ["武汉景川诊断技术股份有限公司", "武汉光谷生物医药产业园发展有限公司"]
    assert kinds("向阳发展有限公司入驻高新区。", "Enterprise") == ["向阳发展有限公司"]  # 向: the name's own


def test_a_firm_after_shou_is_named_without_it():
    # 受…委托 ("commissioned by"): the passive 受 before a name is no part of it
    text = "按照有关要求，受武汉桀升生物科技有限公司的委托，甘肃宜洁环境工程科技有限公司承担了该项目的环境影响评价工作。"
    assert kinds(text, "Enterprise") == ["武汉桀升生物科技有限公司", "甘肃宜洁环境工程科技有限公司"]
    text = "上海市环境科学研究院受叶氏化工研发(上海)有限公司委托开展对该建设项目的环境影响评价。"
    assert "叶氏化工研发(上海)有限公司" in kinds(text, "Enterprise")


def test_a_titled_firms_name_does_not_keep_the_word_before_it():
    text = ("在展示厅，习近平与光谷光电子信息产业、激光产业、3D打印、集成电路产业、地球空间信息产业、新能源产业、生物产业等领域企业家"
            "进行了交流，包括烽火科技集团董事长童国华、武汉锐科光纤激光器技术有限公司总裁闫大鹏、武汉滨湖机电技术产业有限公司董事长史玉升、"
            "武汉新芯董事长王继增、中国工程院院士刘经南以及阳光凯迪新能源集团董事长陈义龙等。")
    assert "烽火科技集团" in kinds(text, "Enterprise")
    assert not any(name.startswith("包括") for name in kinds(text, "Enterprise"))


def test_a_zones_name_and_the_clause_before_it_are_no_part_of_its_first_sector():
    text = ("在展示厅，习近平与光谷光电子信息产业、激光产业、3D打印、集成电路产业、地球空间信息产业、新能源产业、生物产业等领域企业家"
            "进行了交流。")
    sectors = kinds(text, "Industry")
    assert "光电子信息产业" in sectors
    assert not any("光谷" in sector or "习近平" in sector for sector in sectors)


def test_the_industrys_leading_figures_are_no_list_of_sectors():
    text = ("中国电动汽车百人会副理事长兼秘书长张永伟、中国电子信息产业发展研究院副院长乔标、长城汽车股份有限公司轮值总裁孟祥军等行业“大咖”"
            "通过视频祝贺汽车产业联盟党委成立。")
    assert not any("乔标" in sector or "孟祥军" in sector for sector in kinds(text, "Industry"))


def test_a_campaign_named_after_a_nickname_is_no_cluster():
    clusters = lambda text: [m.name for m in find_mentions(text) if m.kind == "IndustrialCluster"]
    assert clusters("11月7日，2020年“才聚光谷”赴外招聘会哈尔滨专场活动在该市哈尔滨工业大学结束。") == []
    assert clusters("这也是今年10月底以来“才聚光谷”系列招聘活动的最后一场。") == []
    assert clusters("加快建设“中国声谷”。") == ["人工智能产业集群"]


def test_a_scene_set_by_zai_ends_the_trip_before_it(tmp_path):
    # the job fair held at two universities: both the zone's partners, or neither, not the first alone
    facts = facts_of(tmp_path, "光谷举办招聘活动。11月7日，2020年光谷赴外招聘会哈尔滨专场活动在该市哈尔滨工业大学、哈尔滨工程大学结束。")
    partners = {o for s, p, o in facts if p == "partnersWith"}
    assert partners == {"哈尔滨工业大学", "哈尔滨工程大学"}


def test_a_zone_written_as_gaokaiqu(tmp_path):
    text = "其中哈尔滨博实自动化设备有限责任公司等13家企业落户哈尔滨高开区迎宾路集中区哈工大国家大学科技园产业化基地。"
    assert kinds(text, "Zone") == ["哈尔滨高开区"]
    facts = facts_of(tmp_path, text)
    assert ("哈尔滨高新技术产业开发区", "hostsEnterprise", "哈尔滨博实自动化设备有限责任公司") in facts


def test_a_numbered_policys_name_starts_after_what_is_done_with_it():
    policies = lambda text: [m.surface for m in find_mentions(text) if m.kind == "Policy"]
    assert policies("活动现场特别设置浦东新区“青创15条”政策咨询专区，吸引了众多学子驻足关注。") == ["浦东新区“青创15条”"]
    assert policies("浦东新区人才服务中心详细解读“青创15条”，智联招聘分享集成电路产业人才发展现状与趋势。") == ["“青创15条”"]


def test_the_zones_firms_of_a_sector_counted_before_it(tmp_path):
    facts = facts_of(tmp_path, "在2010年至2013年2月的时间内对张江高科技园区内20多家集成电路企业及上海半导体协会、上海市集成电路协会、"
                               "张江集团等部门进行了30多次访谈和调研。")
    assert ("上海张江高新技术产业开发区", "hasIndustry", "集成电路") in facts


def test_a_known_companys_name_inside_a_foreign_persons_name_is_no_company():
    text = "索马里驻华大使馆参赞阿里·穆罕默德·侯赛因表示，他一定选择新能源电动汽车。"
    assert kinds(text, "Enterprise") == []


def test_a_maker_before_suo_is_named_without_it():
    assert kinds("天臣新能源公司所生产的新能源电池是渭南工业产品走出去的代表之一。", "Enterprise") == ["天臣新能源"]


def test_a_tenders_role_and_matchmaking_open_no_name():
    text = "倍特建安于近日收到招标人成都高新西区发展建设有限公司（以下简称西区公司）发出的中标通知书。"
    assert "成都高新西区发展建设有限公司" in kinds(text, "Enterprise")
    assert not any(name.startswith(("收到", "招标人")) for name in kinds(text, "Enterprise"))
    text = "现场，顾波院士直接撮合华工科技和山东华光光电两家上市公司开展技术合作。"
    assert not any("撮合" in name for name in kinds(text, "Enterprise"))


def test_companies_at_a_fair_are_not_hosted(tmp_path):
    facts = facts_of(tmp_path, "今日上午，第十八届“中国光谷”国际光电子博览会暨论坛在武汉开幕，中国信科、华为、甲骨文、佳能光学等300多家"
                               "海内外企业齐聚光谷，博览会创下多个“首次”记录。")
    assert not any(p == "hostsEnterprise" for s, p, o in facts)
    # firms that gather in the zone, said of no fair, are its own
    facts = facts_of(tmp_path, "目前，华为、中兴等知名企业齐聚东湖高新区，形成了光通信产业集群。")
    assert ("武汉东湖新技术开发区", "hostsEnterprise", "华为技术有限公司") in facts


def test_clusters_of_frontier_fields_praised(tmp_path):
    facts = facts_of(tmp_path, "合肥高新区现已形成人工智能、高端制造、生物医药等前沿领域优质产业集群，区域创新能力不断增强。")
    clusters = {o for s, p, o in facts if p == "hasCluster"}
    assert clusters == {"合肥高新区人工智能产业集群", "合肥高新区高端制造产业集群", "合肥高新区生物医药产业集群"}


def test_gongxinbu_wusuo_is_the_fifth_institute(tmp_path):
    facts = facts_of(tmp_path, "合肥高新区率先建设协同创新平台集群，先后引进中科院广州生物院、工信部五所、国科控股等一批国字号协同创新平台。")
    assert ("合肥高新技术产业开发区", "partnersWith", "工业和信息化部电子第五研究所") in facts


def test_a_policy_the_province_carries_out_is_not_the_zones(tmp_path):
    text = ("10月22日，湖北省新型研发机构高质量发展大会在东湖科学城召开。武汉东湖新技术开发区管委会与吉林大学签约。"
            "据省科技厅介绍，为贯彻落实《关于加快推进科技强省建设的意见》“1+4”系列文件精神，着力搭建科技创新“四梁八柱”，"
            "我省正加快推进建设一批新型研发机构。")
    facts = facts_of(tmp_path, text)
    assert not any(p == "implementsPolicy" for s, p, o in facts)


def test_several_strategic_emerging_clusters_name_no_sector(tmp_path):
    facts = facts_of(tmp_path, "东湖高新区将瞄准人工智能、光电显示、新药创制等重点产业和优势领域，攻克一批产业共性关键技术，发展壮大若干战略性新兴产业集群。")
    assert not any("若干" in o or "战略性新兴" in o for s, p, o in facts)


def test_work_begun_inside_electric_tools_is_no_boundary():
    # 动工 (work begun) ends the words before a name (session 44), but not inside 电动工具
    assert kinds("博世电动工具(中国)有限公司获评杰出外资企业。", "Enterprise") == ["博世电动工具(中国)有限公司"]


def test_a_parties_role_and_not_only_open_no_name():
    text = "该基金总规模1亿元，其基金管理方成都高投创业投资有限公司负责运营。"
    assert kinds(text, "Enterprise") == ["成都高投创业投资有限公司"]
    text = "松山湖是创业基地；不仅有华为这样的行业龙头，也有云鲸智能这样的智造新星；不仅有松灵机器人、奇诺动力等创业公司。"
    assert "松灵机器人" in kinds(text, "Enterprise")


def test_a_housing_estates_phase_names_no_investor():
    text = "总投资156.5亿元，包括江苏医疗器械科技产业园四期项目、苏州君康医疗科技有限公司扩建项目、龙惠花苑三期项目、科技城第四实验小学项目等。"
    assert kinds(text, "Enterprise") == ["苏州君康医疗科技有限公司"]


def test_there_are_opening_a_clause_is_no_part_of_a_name():
    text = "在群雄逐鹿的光谷生物城，有美国辉瑞等8家世界500强企业，有人福医药这样的龙头企业。"
    assert not any(name.startswith("有") for name in kinds(text, "Enterprise"))


def test_only_graduated_from_and_review_open_no_name():
    assert kinds("此前，作为湖北和光谷生物产业一面旗的本土上市公司，仅有人福医药。", "Enterprise") == ["人福医药"]
    assert kinds("其中3人出身牛津大学。", "ResearchInstitute") == ["牛津大学"]
    assert kinds("5月3日，证监会将审核长飞光纤光缆股份有限公司的首发申请。", "Enterprise") == ["长飞光纤光缆股份有限公司"]


def test_where_the_zones_recruits_studied_is_no_partner(tmp_path):
    text = ("武汉东湖高新区招才局的数据显示，已有2271人入选“3551光谷人才计划”。“人数最多的是美国斯坦福大学，有12人，麻省理工学院有7人，"
            "牛津大学6人，哈佛大学4人。此外，还有剑桥大学、耶鲁大学、普林斯顿大学等名校毕业生。”东湖高新区招才局负责人说。"
            "张兆熙是英国利兹大学化学工程学士、伦敦大学学院（UCL）化学工程硕士。其中3人出身牛津大学。")
    assert not any(p == "partnersWith" for s, p, o in facts_of(tmp_path, text))


def test_a_fields_place_does_not_reach_across_a_quote_mark():
    text = '淄博高新区与武汉科技大学"耐火材料与高温陶瓷国家重点实验室"共建耐火材料工程研究院。'
    assert "耐火材料与高温陶瓷国家重点实验室" in kinds(text, "ResearchInstitute")
    assert "武汉科技大学" in kinds(text, "ResearchInstitute")


def test_companies_that_exhibit_are_not_hosted_even_where_no_fair_is_named(tmp_path):
    text = ("第十八届“中国光谷”国际光电子博览会在武汉开幕。本届光博会是国内首个聚焦F5G全光通信主题的大型展会。"
            "中国移动、中国电信、中国联通、中国广电、中国铁塔等运营商也组团参展。")
    assert not any(p == "hostsEnterprise" for s, p, o in facts_of(tmp_path, text))


def test_a_list_of_means_holds_no_firm():
    text = "该研究院已在深圳建立了中国国际创客中心，通过创客学院、投资基金汇聚等手段培养和支持一批创业者。"
    assert kinds(text, "Enterprise") == []


def test_anchoring_on_the_companys_goals_names_no_company():
    text = "始终紧扣高质量发展主线，牢牢把握新时代发展机遇，锚定公司发展战略目标，持续聚力科技创新。"
    assert kinds(text, "Enterprise") == []


def test_what_a_quoted_term_stands_for_opens_no_sector():
    text = "佛山高新区重点发展“两高四新”（“两高”指高技术制造业、高品质服务业，“四新”指新能源产业、新材料产业、新一代电子信息产业、新型生物医药产业）产业。"
    assert not any(sector.startswith("指") for sector in kinds(text, "Industry"))
    assert "新能源产业" in kinds(text, "Industry")


def test_the_output_a_sector_aims_at_is_no_part_of_its_name():
    assert kinds("这意味着西安将形成完整产业链，也将助推陕西省打造千亿元智能终端产业。", "Industry") == ["智能终端产业"]


def test_what_a_group_does_is_no_unit_of_it():
    text = "西安高新区已构建起涵盖整车制造、核心零部件、物流配套的全产业链生态，为比亚迪产能释放和全球化拓展提供了关键保障。"
    assert kinds(text, "Enterprise") == ["比亚迪"]


def test_a_sites_copyright_footer_names_no_firm():
    assert kinds("新浪公司版权所有", "Enterprise") == []


def test_a_zone_written_as_gaoxin_jishu_yuanqu():
    text = "以电子信息为主要产业的30家台资高新技术企业在苏州高新技术园区总投资额已达85亿美元。"
    assert kinds(text, "Zone") == ["苏州高新技术园区"]


def test_a_body_described_by_a_superlative_is_not_named():
    assert kinds("全国规模最大、场景最丰富的人形机器人创新中心投用。", "ResearchInstitute") == []


def test_another_one_opens_no_name():
    assert kinds("其中一项已进入二期临床实验，另一项生物制品一类新药重组质粒-肝细胞生长因子项目已获批。", "Enterprise") == []


def test_a_represented_company_and_what_it_makes():
    # round 186; the corpus (000): 以索菲亚定制家居为代表的现代家居 names 索菲亚, making 定制家居
    assert kinds("尤为亮眼的是，以比亚迪新能源汽车为代表的“新三样”产品出口额达294.2亿元。", "Enterprise") == ["比亚迪"]
    assert kinds("在以伊利乳业为代表的食品饮料、以索菲亚定制家居为代表的现代家居等四大主导产业。", "Enterprise") == ["伊利乳业", "索菲亚"]


def test_what_a_fair_shows_or_focuses_on_is_not_the_zones_sector(tmp_path):
    text = ("5月17日，2024中国光谷·光电子信息产业创新发展大会在东湖高新区开幕。2024光电产业大会展出了众多新能源智能汽车，光车联动新势力正在形成。"
            "本届光博会还是国内首个聚焦F5G全光通信主题的大型展会。")
    sectors = {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    assert not {"新能源", "智能网联汽车", "光通信"} & sectors


def test_a_sector_said_to_be_the_nations_is_not_the_zones(tmp_path):
    text = ("郑州高新区将举办世界传感器大会。传感器技术及其系统产业是国民经济的基础性，战略性产业，是信息化和工业化深度融合的关键。")
    assert not any(p == "hasIndustry" for s, p, o in facts_of(tmp_path, text))


def test_a_decision_giving_awards_is_no_policy():
    # GUIDELINES.md: a list of awards is not a policy (round 186; rounds 12-30 had two such relations)
    text = "近日，《山东省人民政府关于2024年度山东省科学技术奖励的决定》公布，济南高新区单位共获得16项省科学技术奖。"
    assert [m for m in find_mentions(text) if m.kind == "Policy"] == []
    assert [m.surface for m in find_mentions("高新区出台《科技创新奖励办法》。") if m.kind == "Policy"] == ["《科技创新奖励办法》"]


def test_a_fields_academician_is_no_college():
    assert kinds("后在牛津大学攻读化学博士，师从无机化学院士某某。", "ResearchInstitute") == ["牛津大学"]


def test_the_person_leading_a_roll_of_officers_is_no_part_of_the_first_firm():
    text = "当日，顾波与华工科技董事长马新强、锐科激光董事长陈正兵、大族激光副总裁陈焱等逛展。"
    assert "华工科技" in kinds(text, "Enterprise")
    assert not any(name.startswith("顾波") for name in kinds(text, "Enterprise"))


def test_a_brands_group_and_the_brand_on_one_page_are_one_company(tmp_path):
    # round 185: 罗森伯格集团 opens the page, 罗森伯格 is said again below; either order
    text = ("聚焦新能源汽车零部件研发及制造的罗森伯格集团常州基地一期工程在常州高新区正式启用。"
            "罗森伯格是高端电子连接系统细分领域行业隐形冠军。")
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert hosted == {"罗森伯格集团"}
    hosted = {o for s, p, o in facts_of(tmp_path, "罗森伯格常州基地在常州高新区启用。罗森伯格集团是行业隐形冠军。") if p == "hostsEnterprise"}
    assert len(hosted) == 1


def test_a_foreign_brands_china_arm_named_with_its_trade_belongs_to_the_brand():
    # rounds 183 and 184: 博世电动工具(中国)有限公司 is 博世's, SK海力士半导体(中国)有限公司 SK海力士's
    assert enterprise_parent("博世电动工具(中国)有限公司") == canonical_organization("博世")
    assert enterprise_parent("SK海力士半导体(中国)有限公司") == canonical_organization("SK海力士")
    assert enterprise_parent("迪哲（江苏）医药股份有限公司") is None


def test_firms_closed_or_helped_are_named_without_the_verb():
    # round 187: a zone's clean-up (清退, 关停) and its support (加大对…的支持)
    text = "累计清退宏创金属、源峰炉渣加工厂等24家劣质企业。加大对迅达集团、崇德科技、胜利钢管等企业的支持。关停生力建材、永丰石灰厂等企业。"
    names = kinds(text, "Enterprise")
    assert {"宏创金属", "迅达集团", "生力建材"} <= set(names)
    assert not any(name.startswith(("清退", "加大", "关停")) for name in names)


def test_what_a_group_invests_in_is_no_unit_of_it():
    # round 187: 优美科集团投资的新能源汽车材料项目 names the group and its project, no unit 投资的新能源
    text = "比利时优美科集团投资的新能源汽车材料项目成功签约落地。"
    assert not any("的" in name for name in kinds(text, "Enterprise"))
    assert kinds("国家电投集团五凌电力在湖南。", "Enterprise")[-1] == "五凌电力"


def test_a_list_of_kinds_of_firms_names_no_firm():
    # round 187: 科技型中小企业铺天盖地、高新技术企业飞天走地 made two firms of the idioms
    text = "加快形成科技型中小企业铺天盖地、高新技术企业飞天走地、瞪羚企业和独角兽企业等科创“新物种”企业翻天覆地的局面。"
    assert kinds(text, "Enterprise") == []


def test_a_brand_after_the_pages_own_legal_name_is_that_company(tmp_path):
    # round 187: the page writes 华工科技股份有限公司, the brand table 华工科技产业股份有限公司: one firm, the page's
    text = ("东湖高新区党工委书记调研华工科技股份有限公司，研究推动光电子信息产业做大做强。"
            "华工科技成立于1999年，今年恰逢企业党委成立20周年。")
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert hosted == {"华工科技股份有限公司"}


def test_a_deputys_proposal_is_no_policy():
    # round 188: 提案《关于加快…发展的建议》 is a proposal; 《中共中央关于制定…的建议》 stays a policy
    text = "区政协举行重点提案《关于加快秀洲国家高新区高端服务业发展的建议》督办会。"
    assert [m for m in find_mentions(text) if m.kind == "Policy"] == []
    text = "贯彻《中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》。"
    assert len([m for m in find_mentions(text) if m.kind == "Policy"]) == 1


def test_quoted_project_titles_name_no_investor():
    # round 188: a contest's winning projects, listed by their quoted titles
    text = "镇江高新区总决赛，“基于TPU材料3D打印鞋垫的研发及产业化”、“带有能量回收的小型海水淡化装置”等10个项目获奖。"
    assert kinds(text, "Enterprise") == []


def test_a_sub_districts_name_is_no_part_of_a_firms():
    # round 188: a safety check at a firm named after its sub-district
    text = "10月5日，检查组赴枫桥街道上阳（苏州）纸器包装有限公司进行安全检查。"
    assert kinds(text, "Enterprise") == ["上阳（苏州）纸器包装有限公司"]


def test_a_model_numbers_letters_are_no_investors_name():
    # round 189: CR929复材机身段项目 names an aircraft, 冠一通飞GA20… a firm and its model
    text = "易美芯光LED封装项目（二期）、CR929复材机身段项目、冠一通飞GA20单发四座通用飞机研制及生产项目等。"
    names = kinds(text, "Enterprise")
    assert not any(name.endswith(("CR", "GA")) or name == "CR" for name in names)


def test_what_is_announced_is_named_without_the_verb():
    # round 189: 宣布长春理工大学中山研究院动工项目正式启动
    text = "与会领导及嘉宾共同挥动金锹为工程奠基、培土，宣布长春理工大学中山研究院动工项目正式启动。"
    assert kinds(text, "ResearchInstitute") == ["长春理工大学中山研究院"]


def test_the_district_a_zone_is_run_with_opens_no_firm():
    # round 189: 荆门高新区掇刀区 is one administration; the list's first firm is 固润科技
    text = "湖北省科技厅公布名单，荆门高新区掇刀区固润科技、汉瑞药业等16家企业入选科创新物种“瞪羚”企业。"
    assert kinds(text, "Enterprise") == ["固润科技", "汉瑞药业"]


def test_a_court_ruling_a_speaker_stressing_and_what_success_needs_end_before_names():
    # round 190: 法院裁定…, 汤德强强调…, 离不开…
    text = "无锡市中级人民法院裁定无锡尚德太阳能电力有限公司进入破产重整程序。这离不开张江集团的支持。"
    assert kinds(text, "Enterprise") == ["无锡尚德太阳能电力有限公司", "张江集团"]
    assert kinds("汤德强强调湖北汽车工业学院要深化与比亚迪的合作。", "ResearchInstitute") == ["湖北汽车工业学院"]


def test_a_zone_named_by_its_county_city_is_the_national_zone_there(tmp_path):
    # round 190: 大冶市高新区 and 大冶湖高新区 on one page are one zone, 黄石大冶湖高新技术产业开发区
    text = ("大冶湖高新区金鹿塑业有限公司破产重整工作取得进展。"
            "大冶市高新区党工委副书记黄海东就加快金鹿塑业有限公司破产清算工作进程提出了要求。")
    zones = {s for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert zones == {"黄石大冶湖高新技术产业开发区"}


def test_a_centre_named_by_its_headcount_is_no_institute():
    # round 190: 今年年底将实现“万人研发中心”目标
    assert kinds("金山将在光谷建设万人研发中心。小米将建设千人研发中心。", "ResearchInstitute") == []


def test_who_pays_and_what_is_discussed_end_before_names():
    # round 191: 省政府出资楚微半导体科技有限公司…; 并就健康工程创新研究院建设等重点工作进行了讨论
    text = "省政府出资楚微半导体科技有限公司在长沙高新区投产。"
    assert kinds(text, "Enterprise") == ["楚微半导体科技有限公司"]
    text = "会议并就健康工程创新研究院建设等重点工作进行了讨论。"
    assert not any(name.startswith("就") for name in kinds(text, "ResearchInstitute"))


def test_a_group_named_before_its_units_legal_name_is_two_firms():
    # round 191: 来自正泰集团浙江正泰中自控制工程有限公司、上海高通半导体有限公司…
    text = "正泰集团浙江正泰中自控制工程有限公司总经理一行参观了郑州高新区智能传感谷。"
    assert "浙江正泰中自控制工程有限公司" in kinds(text, "Enterprise")
    assert not any(name.startswith("正泰集团浙江") for name in kinds(text, "Enterprise"))


def test_a_sites_footer_names_no_partner_or_firm_of_the_zone(tmp_path):
    # rounds 189 and 191: 版权所有 © 中国科学院南京分院 苏ICP备…; …山东省互联网传媒集团股份有限公司 版权所有 鲁ICP备…
    text = ("苏州高新区区长调研苏州医工所，希望其为区医疗器械产业发展提供科技支撑。\n"
            "版权所有 © 中国科学院南京分院 苏ICP备05004321号\n"
            "Copyright © 1998-2024 DazhongMedia. 山东省互联网传媒集团股份有限公司 版权所有 鲁ICP备09023866号\n")
    facts = facts_of(tmp_path, text)
    assert not any(o in ("中国科学院南京分院", "山东省互联网传媒集团股份有限公司") for s, p, o in facts
                   if p in ("partnersWith", "hostsEnterprise"))


def test_an_institute_among_the_authorities_over_an_event_is_no_partner(tmp_path):
    # round 191: the 全球硬科技创新大会's guiding bodies
    text = ("本次大会由科学技术部、中国科学院、中国工程院、陕西省人民政府、上海证券交易所等部门指导，"
            "科技部火炬中心、陕西省科技厅、西安高新区管委会主办。")
    assert not any(p == "partnersWith" for s, p, o in facts_of(tmp_path, text))


def test_bodies_issuing_a_title_in_their_names_are_its_issuers(tmp_path):
    # round 188: 以财政部、科技部办公厅名义联合印发了《…》: the two bodies, not the zone of the next sentence
    text = ("科技部将4个省市作为首批试点地区，并以财政部、科技部办公厅名义联合印发了《关于启动科技服务业创新发展试点的通知》。"
            "贵阳高新区积极申报。")
    issuers = {o for s, p, o in facts_of(tmp_path, text) if p == "issuedBy"}
    assert "财政部" in issuers and not any("高新" in issuer for issuer in issuers)


def test_a_closed_list_and_the_next_are_no_joined_sector(tmp_path):
    # round 187: …新材料等高新产业及研发设计、总部经济…: 新材料 closes one list, 研发设计 opens the next
    text = "宜昌高新区将重点发展先进制造、生物医药、电子信息、新材料等高新产业及研发设计、总部经济、电子商务等现代服务业。"
    sectors = {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    assert not any("等" in sector for sector in sectors) and "新材料" in sectors


def test_two_firms_that_each_win_are_both_named():
    # round 188: 祥达光学和天马光电子分别摘得男女个人竞速的桂冠 (a firm shaped as one vouches for the other)
    assert kinds("另外，祥达光学和天马光电子分别摘得男女个人竞速的桂冠。", "Enterprise") == ["祥达光学", "天马光电子"]
    assert kinds("集成电路和生物医药分别增长20%和15%。北京和上海分别位列第一和第二。", "Enterprise") == []


def test_a_known_company_named_as_the_pages_source_is_no_firm_of_it():
    # round 190: [时间:2022-03-04  来源:网易] heads a page about 苏州高新区's Japanese firms
    assert kinds("[时间:2022-03-04  来源:网易]", "Enterprise") == []
    assert kinds("网易在杭州高新区投资建设研发中心。", "Enterprise") == ["网易"]


def test_a_list_of_the_zones_largest_bases_names_their_sectors(tmp_path):
    # round 193: 光谷…拥有全球最大的光纤光缆生产基地、最大的光电器件研发生产基地…: each base its sector's
    # (not a firm's or a place's base: 东风柳汽乘用车及商用车基地, 沈阳国家数据标注基地)
    text = ("这里被称为“中国光谷”，518平方公里的土地上，拥有全球最大的光纤光缆生产基地、最大的光电器件研发生产基地、"
            "最大的激光产业基地和最大的地球空间信息产业基地。")
    assert {"光纤光缆", "光电"} <= {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    text = "柳州高新区内，上汽通用五菱宝骏基地和东风柳汽乘用车及商用车基地、广西汽车集团新能源汽车基地、一汽解放柳州基地形成四大整车基地。"
    assert "商用车" not in {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}


def test_wuhan_guanggu_is_the_east_lake_zone():
    # round 194: 鉴定组来到武汉光谷，为武汉衷华脑机融合科技发展有限公司…: 武汉光谷 is the zone (every annotator of
    # eleven pages of rounds 181-195 took it so), written as 中国光谷 is
    assert kinds("11位院士专家组成的鉴定组来到武汉光谷，为武汉衷华脑机融合科技发展有限公司进行科技成果认定。", "Zone") == ["武汉光谷"]


def test_a_maker_named_before_two_ways_of_making():
    # round 194: 衷华脑机独立自主研发的“植入式脑机接口系统”: the firm is 衷华脑机, not 衷华脑机独立
    assert kinds("经专家组认定，衷华脑机独立自主研发的“植入式脑机接口系统”具有创新性突出等特点。", "Enterprise") == ["衷华脑机"]


def test_a_verbs_le_before_a_sector_makes_no_narrower_sector(tmp_path):
    # round 194: 推动了我国脑机接口行业技术进步: 了我国 is the verb's, no sector 了我国脑机接口
    text = "东湖高新区企业衷华脑机的系统技术水平领跑国内外，推动了我国脑机接口行业技术进步。"
    assert not any("了" in o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry")


def test_a_kind_of_centre_counted_up_to_a_number_is_no_centre():
    # round 195: 至此，江西省国家工程技术研究中心增至5家。: how many the province has, not a centre's name
    assert kinds("至此，江西省国家工程技术研究中心增至5家。", "ResearchInstitute") == []
    assert kinds("目前，江苏省重点实验室达到12个，", "ResearchInstitute") == []
    assert kinds("清华大学共3个团队入选。", "ResearchInstitute") == ["清华大学"]


def test_sectors_a_technology_empowers_are_not_the_zones(tmp_path):
    # round 195: at a nano forum in 广州高新区 experts 赋能集成电路、电子元器件、…等产业发展: the sectors nanotechnology
    # serves, not the zone's
    text = ("粤港澳大湾区纳米产业创新高地院士咨询会在广州高新区举行。论坛上，我国纳米领域权威院士专家为纳米产业创新发展凝聚智慧，"
            "赋能集成电路、电子元器件、新材料、新能源、大数据、人工智能、物联网、生物医药等产业发展。")
    assert not {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"} & {"集成电路", "新材料", "生物医药"}


def test_a_zone_opening_an_associations_name_is_no_mention_of_it(tmp_path):
    # round 194: a 无锡 page's guest list names 中关村大数据产业联盟副秘书长韩林华: the page's 高新区 is 无锡's, not 中关村
    text = ("5月8日，2019高层次人才创新创业无锡交流大会的系列活动之一第三届海外高层次人才峰会正式启动，市政府副市长、高新区党工委书记、"
            "新吴区委书记王进健出席活动并致辞。中关村大数据产业联盟副秘书长韩林华等专家学者参加活动。"
            "王进健在致辞中表示，高新区一直以来都是无锡对外开放的主阵地，形成了以物联网为龙头的新一代信息技术产业、"
            "高端装备制造产业为代表的现代产业体系。")
    assert kinds("中关村大数据产业联盟副秘书长韩林华等专家学者参加活动。", "Zone") == []
    assert ("无锡高新技术产业开发区", "hasIndustry", "物联网") in facts_of(tmp_path, text)


def test_wu_gao_xin_is_the_wujin_zone():
    # round 194: 常州武高新工业污水处理（一期）项目…，常州武高新道胜生态有限公司: 武高新 is 武进高新区, as 常州's papers write it
    assert kinds("该项目主要处理武高新管理范围内的工业污水。", "Zone") == ["武高新"]


def test_bodies_marking_an_areas_axis_are_no_partners(tmp_path):
    # round 193: 中关村's IP cluster 以西土城路—学院路为纵轴，南起北京邮电大学，经国家知识产权局向北延伸至北京科技大学:
    # the universities mark the axis; 南起 is no part of a name
    text = ("中关村管委会致力于知识产权和标准化服务业集聚区建设。据了解，北京市将以西土城路—学院路为纵轴，南起北京邮电大学，"
            "经国家知识产权局向北延伸至北京科技大学；以知春路—海淀南路为横轴，东起中国标准化研究院，经国际技术转移中心向西区延伸至"
            "中关村知识产权大厦，打造集聚区。")
    assert not [o for s, p, o in facts_of(tmp_path, text) if p == "partnersWith"]
    assert kinds("南起北京邮电大学，东起中国标准化研究院，", "ResearchInstitute") == ["北京邮电大学", "中国标准化研究院"]


def test_a_known_company_written_with_its_gongsi_keeps_that_form():
    # round 197: 龙头企业——北京合众思壮科技公司；: the gazetteer knows 北京合众思壮科技, the page's form has its 公司
    found = [m for m in find_mentions("包括了龙头企业——北京合众思壮科技公司；以及清华大学等。") if m.kind == "Enterprise"]
    assert [m.extra.get("written") for m in found] == ["北京合众思壮科技公司"]


def test_a_city_or_an_institute_joined_by_yu_opens_no_legal_name():
    # round 196: 武汉市与小米科技有限责任公司签约, 意味着武汉院与中材节能发展有限公司的战略重组: 与 joins two parties
    assert kinds("陈瑞峰代表武汉市与小米科技有限责任公司、金山软件股份有限公司签约。", "Enterprise") == [
        "小米科技有限责任公司", "金山软件股份有限公司"]
    assert kinds("基地的开工建设，意味着武汉院与中材节能发展有限公司的战略重组也迈出实质性的一步。", "Enterprise") == ["中材节能发展有限公司"]


def test_the_kind_a_list_of_firms_closes_with_is_no_business_of_the_last():
    # round 196: 包括大疆创新、光启、中集集团等高科技公司: 中集集团 is the firm, 等高科技公司 the list's kind
    assert kinds("包括大疆创新、光启、中集集团等高科技公司也都在东莞松山湖建立了研发中心。", "Enterprise") == ["大疆创新", "光启", "中集集团"]


def test_a_clause_with_de_before_a_phase_is_no_investor():
    # round 196: 此次投产的为一期项目: what went into production, no firm 投产的为
    assert kinds("合肥恩斯克有限公司投产。此次投产的为一期项目，于2011年10月20日正式开工建设。", "Enterprise") == ["合肥恩斯克有限公司"]


def test_houxu_opens_no_companys_name():
    # round 196: 后续无锡公司还将进一步扩大投资: "later, the 无锡 company", no firm 后续无锡
    assert kinds("后续无锡公司还将进一步扩大投资开展车载领域的电子代工服务。", "Enterprise") == []


def test_a_section_of_a_sites_breadcrumb_is_no_company():
    # round 196: 首页 > 经济·科技 heads a page on 东湖高新区's connected cars
    assert kinds("首页 > 经济·科技", "Enterprise") == []


def test_what_leading_firms_are_drawn_to_do_is_no_firm():
    # round 196: 以重大车路协同基础设施项目吸引头部企业落户、孵化本土中小企业: 落户 is what they do
    assert kinds("以重大车路协同基础设施项目吸引头部企业落户、孵化本土中小企业。", "Enterprise") == []
    assert kinds("应急储能龙头企业泽塔电源去年投产。", "Enterprise") == ["泽塔电源"]


def test_firms_visited_in_a_county_on_a_tour_are_not_the_zones(tmp_path):
    # round 198: 赴宜阳县、新安县、洛阳高新区学习…; 在宜阳县，观摩团先后到…观摩: the county's firms, the zone's only where it is named
    text = ("9月21日，区政府带队组织全区40余家企业负责人赴宜阳县、新安县、洛阳高新区学习兄弟县区产业发展方面好的经验和做法。"
            "在宜阳县，观摩团先后到洛阳国联新材料研究院有限公司、河南省前进化工科技集团股份有限公司观摩。"
            "在洛阳高新区，观摩团走进主板上市企业普莱柯生物工程股份有限公司。")
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert hosted == {"普莱柯生物工程股份有限公司"}


def test_a_county_before_a_place_led_legal_name_is_where_it_is():
    # round 198: 观摩团先后到宜阳县青岛啤酒（洛阳）有限公司、…, 到新安县河南新开源石化管道有限公司: the county, then the name
    assert kinds("观摩团先后到宜阳县青岛啤酒（洛阳）有限公司、洛阳国联新材料研究院有限公司观摩。", "Enterprise") == [
        "青岛啤酒（洛阳）有限公司", "洛阳国联新材料研究院有限公司"]
    assert kinds("观摩团先后到新安县河南新开源石化管道有限公司观摩。", "Enterprise") == ["河南新开源石化管道有限公司"]
    assert kinds("长兴县太湖能谷科技有限公司", "Enterprise") == ["长兴县太湖能谷科技有限公司"]


def test_wulunshi_huodeguo_and_weituo_open_no_name():
    # round 198: 无论是中星微电子、…; 都获得过中关村科技担保有限公司的担保服务; 联合委托南京航空航天大学编制
    assert kinds("在中关村，无论是中星微电子、科兴生物等企业，在成长阶段都获得过中关村科技担保有限公司的担保服务。", "Enterprise") == [
        "中星微电子", "科兴生物", "中关村科技担保有限公司"]
    assert kinds("由常州市发展改革委和常州高新区联合委托南京航空航天大学编制规划。", "ResearchInstitute") == ["南京航空航天大学"]


def test_counted_sectors_entering_a_list_of_clusters_without_deng(tmp_path):
    # round 196: 光谷…集成电路、新型显示器件、下一代信息网络和生物医药四大产业，入列国家战略性新兴产业集群 (no 等)
    text = "东湖高新区的集成电路、新型显示器件、下一代信息网络和生物医药四大产业，入列国家战略性新兴产业集群。"
    clusters = {o for s, p, o in facts_of(tmp_path, text) if p == "hasCluster"}
    assert len(clusters) == 4 and "武汉东湖高新区生物医药产业集群" in clusters


def test_a_news_outlet_a_person_tells_is_no_firm():
    # round 194: 杨鹏飞向搜狐IT表示，…: the outlet he spoke to, not a firm of 仲恺高新区
    assert kinds("杨鹏飞向搜狐IT表示，移动互联网已经是大势所趋。", "Enterprise") == []
    assert kinds("搜狐在北京发布新产品。", "Enterprise") == ["搜狐"]


def test_a_bare_zone_word_opening_a_list_of_firms_is_no_part_of_the_first():
    # round 197: 6家技师学院与高新区奇思智能、光库科技、天成半导体3家用人单位…签署了合作意向书
    text = "广东省岭南工商第一技师学院等6家技师学院与高新区奇思智能、光库科技、天成半导体3家用人单位现场签署了合作意向书。"
    assert kinds(text, "Enterprise") == ["奇思智能", "光库科技", "天成半导体"]


def test_a_rankings_top_firms_are_not_the_pages_zones(tmp_path):
    # round 197: 榜单前10名企业分别为：华为、联想、…, on a page about 厦门火炬高新区's firms
    text = ("昨日，中国电子信息行业联合会在厦门发布前百家企业名单。记者获悉，榜单前10名企业分别为：华为、联想、海尔、小米、TCL。"
            "厦门火炬高新区等园区拥有天马微电子中小尺寸面板等产品。")
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert not any(name.startswith(("华为", "联想", "小米")) for name in hosted)


def test_a_town_a_project_is_in_is_no_company():
    # round 198: 先后深入考察了邹城市太平镇济宁新能源船舶制造项目、…: the town, no firm (中关村创客小镇 stays one)
    text = "先后深入考察了邹城市太平镇济宁新能源船舶制造项目、山能智慧产业园、珞石（山东）智能科技有限公司以及高新区的永生重工有限公司。"
    assert "邹城市太平镇" not in kinds(text, "Enterprise")


def test_a_companys_unit_in_the_zone_names_no_zone(tmp_path):
    # round 193: 国网咸宁供电公司高新区供电中心工作人员走进湖北环峰能源科技有限公司: no zone 咸宁供电公司高新区
    assert kinds("国网咸宁供电公司高新区供电中心工作人员走进湖北环峰能源科技有限公司。", "Zone") == []
    text = "国网咸宁供电公司高新区供电中心工作人员走进湖北环峰能源科技有限公司。这是咸宁高新区一家重点企业。"
    assert {s for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"} <= {"咸宁高新技术产业开发区"}


def test_officers_unveiling_the_centre_name_no_institute():
    # round 193: 戴源副书记和魏志敏副校长为研究中心揭牌: "the centre" the page named before, no 魏志敏副校长为研究中心
    assert kinds("仪式上，戴源副书记和魏志敏副校长为研究中心揭牌。", "ResearchInstitute") == []


def test_zhuyou_opens_no_name():
    # round 193: 滨江辖区内驻有阿里巴巴、海康威视、大华科技、网易等知名国家级高新技术企业600余家
    text = "滨江辖区内驻有阿里巴巴、海康威视、大华科技、网易等知名国家级高新技术企业600余家。"
    assert kinds(text, "Enterprise") == ["阿里巴巴", "海康威视", "大华科技", "网易"]


def test_taiwan_and_mainland_words_for_smart_sectors(tmp_path):
    # round 195 (a Traditional page): 佛山智慧家居創新型産業集群 is 智能家居's cluster; 人工智慧 is 人工智能
    text = "佛山高新区申报的佛山智慧家居创新型产业集群顺利入选2021年度创新型产业集群试点（培育）名单。"
    assert ("佛山高新技术产业开发区", "hasCluster", "佛山高新区智慧家居产业集群") in facts_of(tmp_path, text)
    assert [m.name for m in find_mentions("聚焦人工智慧产业。") if m.kind == "Industry"] == ["人工智能"]


def test_countries_closing_with_dengdi_name_no_foreign_firm():
    # round 194: 成都高新区在英国、美国、德国等地设立的海外人才离岸基地: places, no firm 德国等地
    assert kinds("截至目前，成都高新区在英国、美国、德国等地设立的海外人才离岸基地已达13个。", "Enterprise") == []
    assert kinds("日本瑞萨正式入驻高新区。", "Enterprise") == ["日本瑞萨"]


def test_a_universitys_labs_in_general_are_the_university():
    # round 195: 从华中农业大学实验室内走出的科研产品: the university, no lab named 华中农业大学实验室
    assert kinds("从华中农业大学实验室内走出的科研产品，已成为这家上市公司的拳头产品。", "ResearchInstitute") == ["华中农业大学"]
    assert kinds("浙江大学国家重点实验室", "ResearchInstitute") == ["浙江大学国家重点实验室"]


def test_a_list_closed_as_products_names_no_sector(tmp_path):
    # round 194: 格力…桂林高新区…二期主要建设中央空调、新能源电池等产品生产基地: the goods a plant makes
    text = "该项目位于桂林高新技术产业开发区铁山工业园内。二期主要建设中央空调、新能源电池等产品生产基地，计划投资约70亿元。"
    assert "新能源电池" not in {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}


def test_a_sector_after_a_company_and_its_city_in_brackets_is_the_plants(tmp_path):
    # round 194: 桂林迎来了格力电器（桂林）智能制造生产基地的开工: the company's plant, no sector of 桂林高新区
    text = "该项目位于桂林高新技术产业开发区铁山工业园内。2024年9月28日，桂林迎来了格力电器（桂林）智能制造生产基地的开工！"
    assert "智能制造" not in {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}


def test_new_energy_intelligent_connected_vehicles_is_one_sector():
    # round 196: 光谷出台新能源智能网联汽车发展系列举措: one sector (智能网联新能源汽车 written the other way), not 新能源 and another
    names = [m.name for m in find_mentions("为抢抓新能源智能网联汽车产业风口，光谷出台新能源智能网联汽车发展系列举措。") if m.kind == "Industry"]
    assert names and set(names) == {"智能网联汽车"}


def test_a_placed_company_opening_a_sentence_is_named():
    # round 198: 天津祥丰动漫影视公司总经理刘志鹏说起…: a place-led name up to 公司 at the sentence's start is the firm
    assert kinds("天津祥丰动漫影视公司总经理刘志鹏说起今年4月份获得的融资贷款。", "Enterprise") == ["天津祥丰动漫影视"]


def test_sectors_of_a_national_title_in_a_sentence_naming_no_zone_are_the_nations(tmp_path):
    # round 198: on a 西安高新区 page, 《中共中央关于制定…第十五个五年规划的建议》中，明确将生物制造与量子科技、…作为前瞻布局的未来产业
    text = ("西安高新区集聚生物医药相关企业4120家。10月28日发布的《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》中，"
            "明确将生物制造与量子科技、氢能和核聚变能、脑机接口、具身智能等并列，作为前瞻布局的未来产业和新的经济增长点。")
    sectors = {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    assert "生物医药" in sectors and not sectors & {"量子科技", "脑机接口", "具身智能"}


def test_the_fields_a_body_called_qi_works_in_are_not_the_zones(tmp_path):
    # round 197: 中国散裂中子源…目前，其已在航空航天关键部件、锂离子电池、稀土磁性、新型高温超导等前沿领域产出…成果
    text = ("松山湖高新区建有中国散裂中子源。目前，其已在航空航天关键部件、锂离子电池、稀土磁性、新型高温超导等前沿领域"
            "产出重大科技创新成果。")
    assert not {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"} & {"航空航天", "超导"}


def test_firms_counted_and_elected_to_a_bodys_offices_are_not_the_zones(tmp_path):
    # round 194: 會上，麓谷企業現代環境全票當選理事長單位，麓南脫硫、…、力合科技、中冶長天7家單位當選副理事長單位
    text = ("长沙市环保产业联盟筹备会在长沙高新区举行。会上，麓谷企业现代环境全票当选理事长单位，麓南脱硫、湘牛环保、"
            "华时捷环保、力合科技、中冶长天7家单位当选副理事长单位。")
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert not hosted & {"麓南脱硫", "湘牛环保", "力合科技"}


def test_firms_a_city_signs_with_are_the_citys_partners(tmp_path):
    # round 196: 陈瑞峰代表武汉市与小米科技有限责任公司、金山软件股份有限公司、北京顺为资本投资咨询有限公司签约；东湖高新区与小米科技签订…
    text = ("市委副书记、市政府常务副市长陈瑞峰代表武汉市与小米科技有限责任公司、金山软件股份有限公司、北京顺为资本投资咨询有限公司签约；"
            "东湖高新区与小米科技签订小米（武汉）总部项目投资协议。")
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert not hosted & {"金山软件股份有限公司", "北京顺为资本投资咨询有限公司"}


def test_wuhans_guang_xin_ping_duan_wang_is_a_sector(tmp_path):
    # rounds 181, 189, 192, 195: every annotator of the four pages naming it took 光芯屏端网 as the zone's sector
    text = ("东湖高新区企业服务局局长表示，智能网联汽车产业是光谷新布局的重点产业方向，"
            "为“光芯屏端网”优势产业带来新的应用场景和新赛道。")
    assert "光芯屏端网" in _industries(tmp_path, text)


def test_a_clause_with_jiang_before_a_place_led_legal_name_is_not_its_name():
    # round 192: 项目由北京昌平科技园发展集团有限公司与康桥…共同打造，双方将聚合北京昌平科技园发展集团有限公司专业化产业运营优势
    assert kinds("双方将聚合北京昌平科技园发展集团有限公司专业化产业运营优势。", "Enterprise") == ["北京昌平科技园发展集团有限公司"]


def test_a_preposition_after_a_time_word_opens_a_project_lists_first_firm():
    # round 199: 成都高新区全力推进政策兑现，于今年底前对康诺亚、倍特药业等58家企业181个项目完成了超2亿元政策资金兑付
    assert kinds("成都高新区于今年底前对康诺亚、倍特药业等58家企业181个项目完成了兑付。", "Enterprise") == ["康诺亚", "倍特药业"]
    assert kinds("于今年底前对康诺亚、倍特药业等58家企业181个项目完成了兑付。", "Enterprise") == ["康诺亚", "倍特药业"]


def test_a_science_city_named_by_its_area_is_not_part_of_a_firms_legal_name():
    # round 199: 2月1日8时10分，光谷未来科技城帝尔激光科技股份有限公司的员工张女士坐上了…定制公交专线
    assert kinds("2月1日8时10分，光谷未来科技城帝尔激光科技股份有限公司的员工张女士坐上了公交专线。", "Enterprise") == [
        "帝尔激光科技股份有限公司"]
    assert kinds("绵阳科技城发展投资（集团）有限公司成立。", "Enterprise") == ["绵阳科技城发展投资（集团）有限公司"]
    assert kinds("成都科学城科技有限公司成立。", "Enterprise") == ["成都科学城科技有限公司"]


def test_a_known_firm_after_its_own_home_city_is_the_firm_not_a_local_unit(tmp_path):
    # round 186: 无锡高新区…无锡奥特维智能装备产业园奠基; round 199: 东湖高新区…产业园区里现已入驻武汉帝尔激光、…
    facts = facts_of(tmp_path, "光谷未来科技城帝尔激光科技股份有限公司的员工坐上了定制公交专线。"
                               "产业园区里现已入驻武汉联特科技股份、武汉帝尔激光科技股份、国网电力科学研究院、武汉灿光光电有限公司等多家高新企业。"
                               "在东湖高新区交通部门的组织下，公司在光谷未来科技城调研发现，园区武汉帝尔激光、国网电力科学研究院、"
                               "武汉灿光光电有限公司等企业员工通勤不便。")
    assert not any(p == "subOrganizationOf" and "帝尔" in s for s, p, o in facts)
    assert ("武汉东湖新技术开发区", "hostsEnterprise", "帝尔激光科技股份有限公司") in facts
    registry = registry_of(tmp_path, "旺庄智能装备小镇发布会暨无锡奥特维智能装备产业园奠基仪式在旺庄街道举行。无锡高新区党工委副书记出席。")
    assert "无锡奥特维" in registry.get(("Enterprise", "无锡奥特维科技股份有限公司")).forms


def test_a_known_group_named_in_full_is_no_arm_of_its_listed_company(tmp_path):
    # round 200: 东方智能风电制造基地落地贵阳高新区沙文产业园。该基地由中国东方电气集团有限公司建设
    facts = facts_of(tmp_path, "东方智能风电制造基地落地贵阳高新区沙文产业园。该基地由中国东方电气集团有限公司建设，投资总额约10亿元。")
    assert ("贵阳高新技术产业开发区", "hostsEnterprise", "中国东方电气集团有限公司") in facts
    assert not any(p == "subOrganizationOf" for s, p, o in facts)


def test_a_three_character_brand_read_across_two_words_is_no_company():
    # round 200: 地轨在黑暗中移动，夹杂着磁悬浮校温时的嗡鸣 (暗中|移动, not 中移动, China Mobile)
    assert kinds("地轨在黑暗中移动，夹杂着磁悬浮校温时的嗡鸣。", "Enterprise") == []
    assert kinds("高新区与中移动签约。", "Enterprise") == ["中移动"]


def test_a_county_named_in_full_among_a_zones_partners_is_no_company():
    # round 199: 其中，成都高新区与大邑县、四川电影电视学院签约共建成都数字影视文旅产业园
    text = "其中，成都高新区与大邑县、四川电影电视学院签约共建成都数字影视文旅产业园。"
    assert kinds(text, "Enterprise") == []


def test_a_list_of_chains_names_no_sectors_and_no_firms():
    # round 199: 该政策…针对性地在产业链、创新链、供应链等医药健康产业发展的关键环节给予产业链上下游企业重要支持
    text = "该政策针对性地在产业链、创新链、供应链等医药健康产业发展的关键环节给予产业链上下游企业重要支持。"
    assert [(m.kind, m.surface) for m in find_mentions(text)] == [("Industry", "医药健康产业")]


def test_a_zones_place_with_a_character_typed_twice_is_that_zone():
    # round 198: 2015年，无锡空港产业园和无锡锡高新区综合保税区成为了中韩自由贸易区地方经济合作示范区
    mentions = [m for m in find_mentions("2015年，无锡空港产业园和无锡锡高新区综合保税区成为了示范区。") if m.kind == "Zone"]
    assert [m.name for m in mentions] == ["无锡高新技术产业开发区"]


def test_a_yearly_capacity_and_a_regions_facility_name_no_investor():
    # round 201: 年处置40万吨动力锂电池项目的京科控股等下游企业; 推进…跨境电子商品交易平台、…、东盟大数据中心等项目
    assert kinds("已签约落户多家头部企业，年处置40万吨动力锂电池项目的京科控股等下游企业。", "Enterprise") == ["京科控股"]
    text = "富士康计划推进“三创”孵化园区、跨境电子商品交易平台、“工业4.0”解决方案输出中心、东盟大数据中心等项目。"
    assert kinds(text, "Enterprise") == ["富士康"]


def test_words_running_into_a_known_university_named_in_full_are_no_part_of_it():
    # round 181: 2013年…成都站四川大学专场… (a tour's stop, then the university)
    assert kinds("2013年成都站四川大学专场招聘会举行。", "ResearchInstitute") == ["四川大学"]
    assert kinds("与中国科学院大学合作。", "ResearchInstitute") == ["中国科学院大学"]


def test_a_countys_park_and_universities_short_names_name_no_firms():
    # round 189: 加快建设济宁高新区生物医药基地、邹城鲁抗医药产业园、兖州生物医药产业园和济宁（嘉祥）生物产业园
    text = "加快建设济宁高新区生物医药基地、邹城鲁抗医药产业园、兖州生物医药产业园和济宁（嘉祥）生物产业园。"
    assert "兖州" not in kinds(text, "Enterprise")
    # round 190: 吸引了来自厦大、集美、华侨、理工等130多所省内外高校的1000多名在校大学生参加
    text = "厦门软件园实习生对接会吸引了来自厦大、集美、华侨、理工等130多所省内外高校的1000多名在校大学生参加。"
    assert kinds(text, "Enterprise") == []


def test_a_university_coming_to_the_zone_and_firms_before_etc_enterprises():
    # round 202: 北京大学…实践团…从北京大学来高新区…; 已初步形成以华为终端等企业为代表的产业集群
    assert kinds("暑期实践团队从北京大学来高新区参观华兰生物。", "Zone") == []
    assert kinds("高端电子信息产业已初步形成以华为终端等企业为代表的产业集群。", "Enterprise") == ["华为终端"]


def test_demonstrations_watched_on_a_visit_are_no_firms():
    # round 202: 观摩了无人机飞行操作全流程、战狼系列无人机低空侦察、红外探测、空中喊话等应用演示
    text = ("6月20日，刘海成一行到成都市蒲江县时代星光战狼无人机飞行基地进行考察，观摩了无人机飞行操作全流程、"
            "战狼系列无人机低空侦察、红外探测、空中喊话等应用演示。")
    assert kinds(text, "Enterprise") == []


def test_a_count_of_sectors_is_a_cue_of_the_zones_sectors(tmp_path):
    # round 202: 目前，高新区已初步形成新能源与节能、半导体与光电、新材料等3大高新技术制造业，研发设计、…等3大高技术服务业
    text = "目前，宁波高新区已初步形成新能源与节能、半导体与光电、新材料等3大高新技术制造业。"
    assert {"新能源与节能", "半导体与光电", "新材料"} <= _industries(tmp_path, text)


def test_a_research_base_named_after_a_known_body_is_its_unit(tmp_path):
    # round 192: 中国医学科学院细胞产业转化基地; round 185: 南京大学国家集成电路产教融合创新平台 (the annotators' partners)
    facts = facts_of(tmp_path, "中国医学科学院细胞产业转化基地落户天津滨海高新区。")
    assert ("天津滨海高新技术产业开发区", "partnersWith", "中国医学科学院细胞产业转化基地") in facts
    assert ("中国医学科学院细胞产业转化基地", "subOrganizationOf", "中国医学科学院") in facts
    assert kinds("北京大学思想政治实践课教育基地落户高新区。", "ResearchInstitute") == ["北京大学"]  # teaching
    # round 19: 南京大学国家集成电路产教融合创新平台苏州中心 (its centre in a city)
    assert kinds("南京大学国家集成电路产教融合创新平台苏州中心揭牌。", "ResearchInstitute") == [
        "南京大学国家集成电路产教融合创新平台苏州中心"]


def test_officials_listed_before_the_company_they_visit_are_no_firms():
    # round 203: 武汉市委常委、秘书长曾晟等领导一行莅临统信软件技术有限公司武汉公司…调研指导
    text = "武汉市委常委、东湖高新区党工委书记刘洁，武汉市委常委、秘书长曾晟等领导一行莅临统信软件技术有限公司调研指导。"
    assert kinds(text, "Enterprise") == ["统信软件技术有限公司"]


def test_a_known_company_before_its_department_and_a_title_is_the_company():
    # round 203: 统信软件武汉公司总经理吕可、统信软件华中生态合作总监潘娜、统信软件管理办公室项目经理张俊文等公司领导
    text = "统信软件武汉公司总经理吕可、统信软件华中生态合作总监潘娜、统信软件管理办公室项目经理张俊文等公司领导接待调研组。"
    assert "统信软件华中生态合作" not in kinds(text, "Enterprise")
    assert "统信软件" in kinds(text, "Enterprise")


def test_a_legal_names_arm_in_a_city_is_its_unit(tmp_path):
    # round 203: 莅临统信软件技术有限公司武汉公司 (the annotator's unit of 统信软件技术有限公司)
    facts = facts_of(tmp_path, "武汉东湖高新区领导莅临统信软件技术有限公司武汉公司调研。")
    assert ("统信软件技术有限公司武汉公司", "subOrganizationOf", "统信软件技术有限公司") in facts


def test_a_companys_centre_for_a_region_names_no_institute():
    # round 203: 常州将成为爱科全球生产基地和亚太区研发中心
    assert kinds("届时，常州将成为爱科全球生产基地和亚太区研发中心。", "ResearchInstitute") == []
    assert kinds("公司在此设立华东区研发中心。", "ResearchInstitute") == []
    assert kinds("努力把园区打造成西北大学科技成果的出海港。", "ResearchInstitute") == ["西北大学"]


def test_a_longer_word_before_a_legal_name_of_everyday_words_is_no_part_of_it():
    # round 204: 目前在汉央企总部仍为2个，分别为东风汽车集团股份有限公司和中国信息通信科技集团有限公司
    text = "目前在汉央企总部仍为2个，分别为东风汽车集团股份有限公司和中国信息通信科技集团有限公司。"
    assert "东风汽车集团股份有限公司" in kinds(text, "Enterprise")
    assert kinds("与江苏德和生物科技有限公司签约。", "Enterprise") == ["江苏德和生物科技有限公司"]


def test_firms_listed_after_leading_firms_and_with_are_named_without_it():
    # round 204: 腾讯、爱奇艺等领军企业与索贝数位、咪咕音乐、西山居等本土精英并肩而立
    text = "在这片热土上，腾讯、爱奇艺等领军企业与索贝数位、咪咕音乐、西山居等本土精英并肩而立。"
    assert "索贝数位" in kinds(text, "Enterprise")
    assert "与索贝数位" not in kinds(text, "Enterprise")


def test_ways_of_attracting_investment_are_no_firms():
    # round 204: 全面开展特色园区招商、专业平台招商、产业链条招商和龙头项目招商，推动一批重大项目落位
    text = "长春高新区全面开展特色园区招商、专业平台招商、产业链条招商和龙头项目招商，推动一批重大项目落位。"
    assert kinds(text, "Enterprise") == []


def test_what_is_put_into_a_site_is_no_firm():
    # round 204: 升级肇庆基地现有整车生产线，将新车型投入肇庆基地生产
    text = "肇庆高新区与小鹏汽车再度牵手，升级肇庆基地现有整车生产线，将新车型投入肇庆基地生产。"
    assert kinds(text, "Enterprise") == ["小鹏汽车"]


def test_a_firms_headquarters_among_the_projects_is_no_authority(tmp_path):
    # round 204: 西安交通大学生物3D打印技术发展产业基地、西安电子科技大学国家大学科技园、普源精电西部研发总部等项目正式签约
    facts = facts_of(tmp_path, "西安高新区：西安交通大学生物3D打印技术发展产业基地、西安电子科技大学国家大学科技园、"
                               "普源精电西部研发总部等项目正式签约。")
    assert ("西安高新技术产业开发区", "partnersWith", "西安交通大学") in facts
    assert ("西安高新技术产业开发区", "partnersWith", "西安电子科技大学") in facts


def test_a_known_firms_site_in_another_city_is_not_the_zones(tmp_path):
    # round 203: 斯达半导体重庆车规级模块生产基地项目宣布开工，同济大学…项目签约无锡高新区 (the table's form is 斯达半导)
    text = "近日，斯达半导体重庆车规级模块生产基地项目宣布开工，同济大学第四代半导体氧化镓材料项目签约无锡高新区。"
    assert "斯达半导体" in kinds(text, "Enterprise")
    assert not any(p == "hostsEnterprise" for _, p, _ in facts_of(tmp_path, text))


def test_the_city_of_a_zone_named_after_another_place_speaks_without_its_shi(tmp_path):
    # round 203: 爱科集团…在武进高新区新建…新厂区。常州十分重视扶持和发展装备制造产业 (the city's, of 武进高新区)
    text = ("爱科集团投资1.9亿美元，在武进高新区新建占地280多亩的现代化新厂区。"
            "常州十分重视扶持和发展装备制造产业，在3年来的发展中，爱科农机得到了各级政府的大力支持。")
    assert _industries(tmp_path, text) == set()


def test_firms_of_the_zones_city_or_province_its_leaders_visit_are_its_own(tmp_path):
    # round 205: 漳州高新区…区领导一行先后走访了福建紫膳食品有限公司、…、爱逸鼎味(漳州)食品科技有限公司
    hosted = _hosted(tmp_path, "漳州高新区党工委书记陈建进带队走访了福建紫膳食品有限公司、爱逸鼎味(漳州)食品科技有限公司。")
    assert {"福建紫膳食品有限公司", "爱逸鼎味（漳州）食品科技有限公司"} <= hosted
    assert _hosted(tmp_path, "漳州高新区党工委书记陈建进带队走访了深圳华为技术有限公司。") == set()  # courted


def test_firms_signing_into_a_park_the_sentence_places_in_the_zone_are_its_own(tmp_path):
    # round 205: 位于潍坊高新区的潍柴国际配套产业园开工建设，德国克诺尔、瑞士泰科、…等20家…企业参加了入园项目签约仪式
    text = ("7月13日，位于潍坊高新区的潍柴国际配套产业园开工建设，德国克诺尔、瑞士泰科、意大利索菲玛、韩国盛达等20家"
            "来自世界各国的企业参加了入园项目签约仪式。")
    assert {"克诺尔", "泰科"} <= _hosted(tmp_path, text)
    # the one company placed there is still the zone's, and its peers named after it are not
    text = "位于惠州仲恺高新区的旭硝子显示玻璃（惠州）有限公司为京东方供货。"
    assert _hosted(tmp_path, text) == {"旭硝子显示玻璃（惠州）有限公司"}


def test_a_city_issuing_after_a_time_word_is_the_city():
    # round 205: 据悉，在此之前潍坊市已出台了《潍柴集团配套产业园优惠政策》
    policies = [m for m in find_mentions("据悉，在此之前潍坊市已出台了《潍柴集团配套产业园优惠政策》。") if m.kind == "Policy"]
    assert [m.extra["issuers"] for m in policies] == [("潍坊市",)]


def test_a_time_word_an_ization_and_a_product_made_by_a_firm_name_no_firm():
    # round 205: …武汉科前生物股份有限公司，系此次入选的仅有两家生物企业; 集汽车内外饰件、智能模块化、轻量模块化等…供应商;
    # 安翰科技研发的胃镜机器人
    text = "其中，来自武汉光谷生物城的安翰科技(武汉)股份有限公司、武汉科前生物股份有限公司，系此次入选的仅有两家生物企业。"
    assert kinds(text, "Enterprise") == ["安翰科技(武汉)股份有限公司", "武汉科前生物股份有限公司"]
    assert kinds("成为集汽车内外饰件、智能模块化、轻量模块化等具备核心竞争力的智能内外饰系统供应商。", "Enterprise") == []
    assert kinds("这两家企业都有自己的“独门绝技”：安翰科技研发的胃镜机器人，重量仅5克。", "Enterprise") == ["安翰科技"]


def test_a_known_firm_after_a_city_zone_a_team_a_sector_peer_and_a_project_code():
    # round 206: 主会场设在石家庄市高新区石药集团重组蛋白…项目启动现场; 住化电子、三星救援队、消防救援队依次采取措施;
    # 这是继广汉油气装备、夹江陶瓷产业、…之后; 投资160亿元的武汉华星t3项目在光谷…动建
    assert "石药集团" in kinds("主会场设在石家庄市高新区石药集团重组蛋白高科技医药产业园项目启动现场。", "Enterprise")
    assert kinds("住化电子、三星救援队、消防救援队依次采取措施进行堵漏。", "Enterprise") == ["住化电子"]
    assert kinds("这是继广汉油气装备、夹江陶瓷产业、东坡泡菜产业、泸州白酒产业之后，我省获批的第五个。", "Enterprise") == []
    assert kinds("投资160亿元的武汉华星t3项目在光谷智能制造产业园动建。", "Enterprise") == ["武汉华星"]


def test_another_kind_of_area_working_with_a_partner_in_its_own_clause(tmp_path):
    # round 206: 现已推动慈湖国家高新区与…共建离岸孵化器，市经开区与上海交通大学共建…，郑蒲港新区与上海中医药大学共建…
    facts = facts_of(tmp_path, "现已推动慈湖国家高新区与复旦大学张江研究院共建离岸孵化器，市经开区与上海交通大学共建"
                               "金属基复合材料国家重点实验室轨道交通材料中心，郑蒲港新区与上海中医药大学共建马鞍山康复研究院。")
    partners = {o for _, p, o in facts if p == "partnersWith"}
    assert partners == {"复旦大学张江研究院"}


def test_time_words_conjunctions_and_the_zone_word_before_a_firm_are_no_part_of_it():
    # round 207: 以往盛洁医疗科技有限公司只是小批量生产口罩; 尽管创立时间只有两年多，但正序生物与“张江药谷”的结缘由来已久;
    # 已为园区麦穗科技、成像通科技、泸州智通、驰腾科技等10家企业租用发电设备
    assert kinds("企业负责人告诉记者，以往盛洁医疗科技有限公司只是小批量生产口罩。", "Enterprise") == ["盛洁医疗科技有限公司"]
    assert kinds("尽管创立时间只有两年多，但正序生物与“张江药谷”的结缘由来已久。", "Enterprise") == ["正序生物"]
    text = "截至目前，已为园区麦穗科技、成像通科技、泸州智通、驰腾科技等10家企业租用发电设备24台。"
    assert kinds(text, "Enterprise")[0] == "麦穗科技"


def test_the_citys_department_named_without_its_city_issues_the_citys_policy():
    # round 207: 会上，市科技局发布《大连市人工智能产业高质量发展的实施意见》及《大连市支持人工智能产业发展的若干政策措施》
    text = "会上，市科技局发布《大连市人工智能产业高质量发展的实施意见》及《大连市支持人工智能产业发展的若干政策措施》。"
    assert [m.extra["issuers"] for m in find_mentions(text) if m.kind == "Policy"] == [("市科技局",), ("市科技局",)]


def test_officers_by_title_a_groups_verb_and_a_policys_verbs_name_nothing_more():
    # round 208: 市人大常委会副主任石春莲、副市长兰燕和…前往桂林海威科技股份有限公司; …保障局副局长王强、…、京东方、长虹杰创等;
    # 联想落户光谷，补齐了…; 光谷又实行“黄金十条”加强版; 28岁的范犇是被“黄金十条”吸引来的
    text = "日前，市人大常委会副主任石春莲、副市长兰燕和驻桂林全国人大代表前往桂林海威科技股份有限公司走访调研。"
    assert kinds(text, "Enterprise") == ["桂林海威科技股份有限公司"]
    text = "高新区人力资源和社会保障局副局长王强、高新区党群工作部相关人员、京东方、长虹杰创等9家高新区企业代表出席。"
    assert kinds(text, "Enterprise") == ["京东方", "长虹杰创"]
    assert kinds("专家认为，联想落户光谷，补齐了光谷在消费电子领域的短板。", "Enterprise") == ["联想"]
    assert [m.name for m in find_mentions("本月起，光谷又实行“黄金十条”加强版。") if m.kind == "Policy"] == ["黄金十条"]
    assert [m.name for m in find_mentions("28岁的范犇是被“黄金十条”吸引来的。") if m.kind == "Policy"] == ["黄金十条"]


def test_buildings_among_the_sites_visited_are_no_firms():
    # round 208: 检查组一行深入数码港大厦、盈科广场、创新广场、创业服务大厦、…、高新乐贝尔医疗器械有限公司等场所
    text = ("检查组一行深入数码港大厦、盈科广场、创新广场、创业服务大厦、乌鲁木齐检验检测认证产业园、安宁渠文旅小镇、"
            "高新乐贝尔医疗器械有限公司等场所。")
    assert kinds(text, "Enterprise") == ["高新乐贝尔医疗器械有限公司"]


def test_a_firms_own_legal_name_after_its_zone_is_no_company_the_zone_owns():
    # round 207: 在威海高新区盛洁医疗科技有限公司，满载着口罩生产原材料的货车刚刚从东营赶回来; round 203: 重庆高新区安意法半导体有限公司
    text = "齐鲁网·闪电新闻2月1日讯 在威海高新区盛洁医疗科技有限公司，满载着口罩生产原材料的货车刚刚从东营赶回来。"
    assert kinds(text, "Enterprise") == ["盛洁医疗科技有限公司"]
    assert kinds("成都高新区电子信息产业发展有限公司成立。", "Enterprise") == ["成都高新区电子信息产业发展有限公司"]


def test_a_list_of_sectors_said_to_be_the_citys_is_not_the_zones(tmp_path):
    # round 205: 新能源电池、汽车装备、电子信息、新材料、生物医药是荆门市重点培育的战略性新兴产业
    text = "荆门高新区大力发展产业。新能源电池、汽车装备、电子信息、新材料、生物医药是荆门市重点培育的战略性新兴产业。"
    assert _industries(tmp_path, text) == set()
    # round 206: 生物医药健康产业更是石家庄“4+4”现代产业发展方向之一
    assert "大健康" not in _industries(tmp_path, "石家庄高新区介绍。生物医药健康产业更是石家庄“4+4”现代产业发展方向之一。")


def test_a_sector_in_the_title_of_a_citys_chain_leader_is_not_the_zones(tmp_path):
    # round 205: 市政协主席、市电力新能源与装备制造（含汽车）产业链链长聂方红出席开工仪式
    text = "株洲高新区举行开工仪式。市政协主席、市电力新能源与装备制造（含汽车）产业链链长聂方红出席开工仪式。"
    assert _industries(tmp_path, text) == set()


def test_the_fields_a_contests_finalists_or_firms_products_span_are_not_the_zones(tmp_path):
    # round 207: 此次参与决赛的企业中，初创组19家，成长组88家，涵盖新一代信息技术、生物医药、…等领域
    text = ("中山火炬高新区举办大赛。据了解，此次参与决赛的企业中，初创组19家，成长组88家，涵盖新一代信息技术、生物医药、"
            "高端装备、节能环保、新能源汽车、新能源等领域。")
    assert _industries(tmp_path, text) == set()
    # round 204: …等23家企业，产品涵盖新型疫苗、重组蛋白质药物、现代中药创新药等领域
    text = "生物医药产业方面，玉溪高新区先后集聚了玉溪沃森、九洲生物等23家企业，产品涵盖新型疫苗、重组蛋白质药物、现代中药创新药等领域。"
    assert _industries(tmp_path, text) == {"生物医药"}


def test_fields_a_company_aims_at_are_not_the_zones(tmp_path):
    # round 204: 作为电路保护元器件领域的国家级“专精特新”企业，公司今年看准新能源赛道，将加大储能、光伏、新能源汽车
    text = ("厦门火炬高新区企业复工。公司副总经理侯金宝说，作为电路保护元器件领域的国家级“专精特新”企业，"
            "公司今年看准新能源赛道，将加大储能、光伏、新能源汽车的投入。")
    assert _industries(tmp_path, text) == set()


def test_home_firms_pitching_to_the_zone_are_still_courted(tmp_path):
    # round 207: 中山市精艺源科技有限公司、…、广东医诺维申生物技术有限公司等10家企业参与路演 (the annotator: not placed in the zone)
    text = "中山火炬高新区举办大赛。当天上午，中山市精艺源科技有限公司、广东医诺维申生物技术有限公司等10家企业参与路演。"
    assert _hosted(tmp_path, text) == set()


def test_firms_whose_people_give_talks_at_an_event_are_guests(tmp_path):
    # round 205: 江享科技集团、天耀宏图、湘财证券等各地企业代表作了专题分享
    text = "东湖高新区举办论坛。匈牙利出口促进局河南代表处介绍了情况，江享科技集团、天耀宏图、湘财证券等各地企业代表作了专题分享。"
    assert _hosted(tmp_path, text) == set()


def test_the_sites_breadcrumb_line_names_no_firm_of_the_zone(tmp_path):
    # round 205: 当前位置：上海铭静电子科技有限公司»半导体 (the repost site's own line, before 武进新闻网's item)
    text = "武进高新区签约项目。\n当前位置：上海铭静电子科技有限公司»半导体\n湖南国科控股在武进高新区投资。"
    assert "上海铭静电子科技有限公司" not in _hosted(tmp_path, text)


def test_a_list_closed_by_what_its_firms_make_names_no_firms():
    # round 206: 济南还将引进光电医疗器械研发、原辅料等生产企业; 已引入包括运营主体中南卡通在内的数字文化技术、内容、贸易等相关创新型企业
    assert kinds("魏斌介绍说，济南还将引进光电医疗器械研发、原辅料等生产企业，实现本地化配套。", "Enterprise") == []
    text = "目前，该合作区已引入包括运营主体中南卡通在内的数字文化技术、内容、贸易等相关创新型企业30余家。"
    assert "数字文化技术" not in kinds(text, "Enterprise")
    assert kinds("引进华为、中兴等相关企业。", "Enterprise") == ["华为", "中兴"]


def test_a_universitys_science_park_by_its_short_name_is_its_unit(tmp_path):
    # round 206: 北大科技园西安产业园项目; round 27: 与北航科技园等国内知名机构 (the annotators' unit and partner)
    facts = facts_of(tmp_path, "西安高新区签约：包括中德工业4.0丝路创新中心、北大科技园西安产业园项目等。")
    assert ("北京大学科技园", "subOrganizationOf", "北京大学") in facts
    # round 18: 光通讯工业园、哈工大科技园等十余个独立的园中园 (one of the zone's parks)
    assert kinds("形成了光通讯工业园、哈工大科技园等十余个独立的园中园。", "ResearchInstitute") == ["哈工大"]


def test_a_companys_lines_of_business_a_products_use_and_the_nations_sector_are_not_the_zones(tmp_path):
    # round 206: 小米武汉总部涵盖人工智能+物联网、大数据、云服务、新零售等多个核心业务板块
    text = "东湖高新区迎来小米。作为小米未来的“超大研发总部”，小米武汉总部涵盖人工智能+物联网、大数据、云服务、新零售等多个核心业务板块。"
    assert _industries(tmp_path, text) == set()
    # round 203: …共同推进下一代功率半导体在新能源汽车领域的商业化应用，助力中国新能源汽车产业高质量发展
    text = "重庆高新区项目开工。双方共同推进下一代功率半导体在新能源汽车领域的商业化应用，助力中国新能源汽车产业高质量发展。"
    assert "新能源汽车" not in _industries(tmp_path, text)


def test_a_firm_said_to_be_anothers_subordinate_unit(tmp_path):
    # round 204: 新疆吉多利商贸有限公司是新疆金派利尔食品有限公司下属企业
    facts = facts_of(tmp_path, "乌鲁木齐高新区冷链项目投产。新疆吉多利商贸有限公司是新疆金派利尔食品有限公司下属企业，"
                               "公司建设的高标准冷链物流项目库容量26000多立方米。")
    assert ("新疆吉多利商贸有限公司", "subOrganizationOf", "新疆金派利尔食品有限公司") in facts
    assert ("乌鲁木齐高新技术产业开发区", "hostsEnterprise", "新疆金派利尔食品有限公司") not in facts


def test_a_firm_signing_with_the_city_somewhere_else_is_the_citys_partner(tmp_path):
    # round 204: 常州市政府与比亚迪汽车有限公司在南京签约，开启全面战略合作
    text = "比亚迪项目落户常州国家高新区。4月25日下午，常州市政府与比亚迪汽车有限公司在南京签约，开启全面战略合作。"
    assert "比亚迪汽车有限公司" not in _hosted(tmp_path, text)


def test_a_zone_written_with_its_county_in_brackets_and_by_its_former_name(tmp_path):
    # round 210: 德州(禹城)高新区前身是1999年3月成立的禹城高新区 (the zone lies in 禹城, a county-level city of 德州)
    facts = facts_of(tmp_path, "德州(禹城)高新区前身是1999年3月成立的禹城高新区。目前，园区已培植形成了生物、装备制造、新能源三大特色产业集群。")
    assert ("德州高新技术产业开发区", "hasIndustry", "装备制造") in facts
    assert not any(s == "禹城高新技术产业开发区" for s, p, o in facts)
    assert [m.name for m in find_mentions("国务院正式批复德州（禹城）高新技术产业开发区升级") if m.kind == "Zone"] == ["德州高新技术产业开发区"]


def test_institutes_the_zone_lies_next_to_are_no_partners(tmp_path):
    # round 210: 与山西大学等多所高等学府和中科院山西煤化所、中国辐射研究院等科研院所相邻
    facts = facts_of(tmp_path, "太原高新技术产业开发区位于太原市南部,与山西大学等多所高等学府和中科院山西煤化所、"
                               "中国辐射研究院等科研院所相邻,距太原市中心约12公里。")
    assert not any(p == "partnersWith" for s, p, o in facts)
    assert ("太原高新技术产业开发区", "partnersWith", "山西大学") in facts_of(tmp_path, "太原高新区与山西大学签约共建研究院。")


def test_information_services_are_the_software_and_it_services_sector(tmp_path):
    # round 210: 一是發展電子商務和信息服務業等“互聯網+”產業 (in Traditional characters on its page)
    facts = facts_of(tmp_path, "营口高新区一是发展电子商务和信息服务业等“互联网+”产业。二是发展科技服务业。")
    assert ("营口高新技术产业开发区", "hasIndustry", "软件和信息技术服务") in facts


def test_a_zone_by_its_park_and_written_as_national_level(tmp_path):
    # round 210: 永安市尼葛國家級高新技術產業開發區…初步形成了紡織、林竹、化工機械和新材料等主導產業集群
    # (the 尼葛 park in 永安, upgraded with 三明高新区 in 2015)
    facts = facts_of(tmp_path, "永安市尼葛国家级高新技术产业开发区是1992年6月经福建省政府批准设立。园区内共有企业112家，"
                               "初步形成了纺织、林竹、化工机械和新材料等主导产业集群。")
    assert ("三明高新技术产业开发区", "hasIndustry", "纺织") in facts
    zones_named = [m.name for m in find_mentions("江西新余国家级高新技术产业开发区管委会") if m.kind == "Zone"]
    assert zones_named == ["新余高新技术产业开发区"]


def test_opto_mechatronics_is_a_sector(tmp_path):
    # round 210: 以电子信息与光机电一体化、新材料新能源、生物医药、环保节能等为代表的…高新技术产业格局;
    # round 13: 形成了微电子信息、光机电一体化、新材料、…
    facts = facts_of(tmp_path, "太原高新区初步形成了以电子信息与光机电一体化、新材料新能源、生物医药、环保节能等为代表的富有特色的高新技术产业格局。")
    assert ("太原高新技术产业开发区", "hasIndustry", "光机电一体化") in facts


def test_a_policy_of_the_county_the_zone_lies_in(tmp_path):
    # round 211: 湖州莫干山高新區所在的德清縣又馬不停蹄地出臺了《德清縣車聯網(智能網聯汽車)產業規劃(2019—2022)》
    facts = facts_of(tmp_path, "2019年,湖州莫干山高新区所在的德清县又马不停蹄地出台了《德清县车联网(智能网联汽车)产业规划(2019—2022)》。")
    issuers = {o for s, p, o in facts if p == "issuedBy"}
    assert issuers == {"德清县"}


def test_a_bureau_named_before_its_head_is_no_company(tmp_path):
    # round 211: 高新区党工委委员、招商局局长李仲飞介绍说,园区集聚了完美、国药威克等一批知名企业
    facts = facts_of(tmp_path, "扬州高新区党工委委员、招商局局长李仲飞介绍说,园区集聚了完美、国药威克等一批知名企业。")
    assert "招商局集团有限公司" not in {o for s, p, o in facts}
    assert ("扬州高新技术产业开发区", "hostsEnterprise", "招商局集团有限公司") in facts_of(tmp_path, "扬州高新区与招商局集团签约，招商局将在园区投资。")


def test_a_batterys_anode_material_is_no_company(tmp_path):
    # round 211: 总投资60亿元年产20万吨的锂电池负极材料项目，是全省投资额度最大…的负极材料项目
    facts = facts_of(tmp_path, "随州高新区集中开工。其中，总投资60亿元年产20万吨的锂电池负极材料项目，是全省投资额度最大、"
                               "产能最高、落地最快的负极材料项目。")
    assert not any(p == "hostsEnterprise" for s, p, o in facts)


def test_a_body_going_to_the_zone_does_not_name_it(tmp_path):
    # round 212: 致公党乐山市委会赴高新区开展新型储能产业发展调研 (a page of 乐山's)
    text = ("【乐山】致公党乐山市委会赴高新区开展调研。5月29日，调研组来到四川伟力得能源股份有限公司。"
            "乐山高新区党工委负责人介绍了园区情况。")
    facts = facts_of(tmp_path, text)
    assert ("乐山高新技术产业开发区", "hostsEnterprise", "四川伟力得能源股份有限公司") in facts
    assert not any("委会" in s for s, p, o in facts)


def test_what_a_place_will_do_names_no_clusters_sector(tmp_path):
    # round 212: 做大“五新产业”,泸州将培育特色产业集群,重点打造西南智能电网产业园…
    facts = facts_of(tmp_path, "泸州高新区加快发展。发布会透露,做大“五新产业”,泸州将培育特色产业集群,重点打造西南智能电网产业园。")
    assert not any(p == "clusterIndustry" for s, p, o in facts)
    assert kinds("阜新液压产业集群加快发展", "Industry") == ["液压"]


def test_a_title_opened_by_the_citys_committee_and_government_written_once(tmp_path):
    # round 212: 这份《泸州市委、市政府关于2016年加快工业经济发展的实施意见》明确…
    facts = facts_of(tmp_path, "泸州高新区加快发展。这份《泸州市委、市政府关于2016年加快工业经济发展的实施意见》明确:要坚定不移促转型。")
    assert {o for s, p, o in facts if p == "issuedBy"} == {"中共泸州市委员会", "泸州市人民政府"}


def test_a_universitys_visiting_professor_is_a_persons_post(tmp_path):
    # round 212: 中国科学院院士、航天工程大学教授、国防科技大学特聘教授庄逢辰等8位院士、教授受邀担任常德高新区园区发展顾问
    facts = facts_of(tmp_path, "活动中,中国科学院院士、航天工程大学教授、国防科技大学特聘教授庄逢辰等8位院士、教授受邀担任常德高新区园区发展顾问。")
    assert not any(p == "partnersWith" for s, p, o in facts)


def test_manufacturing_processes_in_a_list_of_firms_kinds_are_no_names():
    # round 212: 积极引入注塑、冲压、模组、整机制造等上下游企业 (the kinds of firm a display cluster lacks)
    text = ("我市地处新型显示产业配套半径150公里范围内,聚焦区域内产业链短缺环节,积极引入注塑、冲压、模组、整机制造等上下游企业,"
            "与合芜蚌滁等地产业实现配套发展。")
    assert kinds(text, "Enterprise") == []


def test_a_list_of_projects_by_the_work_they_do_names_no_investors():
    # round 212: 深化与军工央企的战略合作,引进有机硅军品科研、智能高端完井装备制造等项目
    assert kinds("深化与军工央企的战略合作,引进有机硅军品科研、智能高端完井装备制造等项目,延伸产业链。", "Enterprise") == []
    assert kinds("园区引进了长兴电子二期、泰邦生物科技园等项目。", "Enterprise") != []


def test_bio_and_health_is_the_health_industry(tmp_path):
    # round 211: 扬州高新区生物健康产业的入库税收分别为4.1亿元、6.1亿元、6.85亿元
    facts = facts_of(tmp_path, "扬州高新区重点发展生物健康产业，园区生物健康类企业数增至63家。")
    assert ("扬州高新技术产业开发区", "hasIndustry", "大健康") in facts
    registry = registry_of(tmp_path, "扬州高新区重点发展生物健康产业。")
    assert any("生物健康" in e.forms for e in registry.entities.values() if e.kind == "Industry")


def test_software_and_information_services_joined_by_ji_is_one_sector(tmp_path):
    # round 213: 在软件及信息服务、生物医药、新能源等领域中形成2至3个拥有技术主导权的产业集群
    registry = registry_of(tmp_path, "中关村示范区将在软件及信息服务、生物医药、新能源等领域中形成2至3个拥有技术主导权的产业集群。")
    assert any("软件及信息服务" in e.forms for e in registry.entities.values() if e.kind == "Industry")


def test_a_bare_zone_after_located_in_is_the_pages_citys(tmp_path):
    # round 213: 中国青年网石家庄6月28日电…走进位于高新区的石家庄市国际生物医药园…绿叶制药、华普生物等…相继入驻
    text = ("中国青年网石家庄6月28日电 石家庄生物医药产业正迈向高质量发展的快车道。"
            "走进位于高新区的石家庄市国际生物医药园，重点打造重组蛋白药物、抗体药物等生物药产业化基地。")
    facts = facts_of(tmp_path, text)
    assert any(s == "石家庄高新技术产业开发区" and p == "hasIndustry" for s, p, o in facts)


def test_a_brand_written_with_its_company_keeps_that_form(tmp_path):
    # round 213: …、固远晨通科技公司陆地交通基础设施智能信息传感器装备和先进材料研发制造基地、…
    registry = registry_of(tmp_path, "成都高新区集中开工的重大产业化项目包括固远晨通科技公司陆地交通基础设施智能信息传感器装备研发制造基地等。")
    firm = next(e for e in registry.entities.values() if e.kind == "Enterprise" and e.name == "固远晨通科技")
    assert "固远晨通科技公司" in firm.forms


def test_a_verb_of_raising_a_site_is_no_company():
    # round 213: 业成科技集团将投资110亿元,升格成都基地为业成大中华区总部
    assert "升格" not in kinds("未来几年,业成科技集团将投资110亿元,升格成都基地为业成大中华区总部。", "Enterprise")


def test_at_the_end_opens_no_name():
    # round 213: 在仪式的最后济高控股东信(综保)董事长杨文明进行发言
    assert kinds("在仪式的最后济高控股东信(综保)董事长杨文明进行发言,他肯定了项目为工程建设所作的努力。", "Enterprise") == ["济高控股"]


def test_a_builders_unit_before_the_institute_it_builds_for():
    # round 213: 中建八局一公司山东省产业技术研究院高科技创新园项目生产经理王剑告诉采访人员
    text = "现在10#楼A座已经封顶。中建八局一公司山东省产业技术研究院高科技创新园项目生产经理王剑告诉采访人员。"
    assert kinds(text, "ResearchInstitute") == ["山东省产业技术研究院"]


def test_strengthening_opens_no_sector(tmp_path):
    # round 213: …《无锡高新区关于…的政策意见(试行)》,全面增强生物医药产业集群发展的动力和活力
    facts = facts_of(tmp_path, "无锡高新区出台了政策意见(试行),全面增强生物医药产业集群发展的动力和活力,为企业靶向赋能。")
    assert ("无锡高新技术产业开发区", "hasIndustry", "生物医药") in facts
    assert not any("增强" in o for s, p, o in facts)


def test_a_headline_in_lenticular_brackets_opens_no_investor():
    # round 213: 【投资100亿的城央文化综合体等6个重点项目将落户大连高新区】来源:大连日报
    assert kinds("【投资100亿的城央文化综合体等6个重点项目将落户大连高新区】来源:大连日报", "Enterprise") == []
    assert kinds("【新泉汽车内饰件等70个项目完成竣工】", "Enterprise") == ["新泉汽车"]


def test_a_zones_plans_named_without_title_marks_after_its_verb(tmp_path):
    # round 213: 2022年,高新区(滨江)实施稳进提质攻坚行动,推出创新链产业链“两链”深度融合实施意见,发布建设数字经济第一区行动计划
    facts = facts_of(tmp_path, "杭州高新区位列全省第一。2022年,高新区(滨江)实施稳进提质攻坚行动,推出创新链产业链“两链”深度融合实施意见,"
                               "发布建设数字经济第一区行动计划,开展“天堂硅谷人才”五大行动。")
    assert ("杭州高新技术产业开发区", "implementsPolicy", "建设数字经济第一区行动计划") in facts
    assert ("创新链产业链“两链”深度融合实施意见", "issuedBy", "杭州高新技术产业开发区") in facts
    # a report's own heading, no zone acting in it (corpus 003: 三是做强创新平台。出台创新驱动引领高质量发展实施方案)
    assert kinds("三是做强创新平台。出台创新驱动引领高质量发展实施方案，努力打造企业创新平台。", "Policy") == []


def test_a_title_with_and_without_its_guanyu_is_one_policy(tmp_path):
    # round 214: …关于印发《全面加快科技创新 推动工业经济高质量发展的若干政策意见》…的通知 … 《关于全面加快科技创新 推动…的若干政策意见》…
    text = ("温州高新区管委会关于印发《全面加快科技创新推动工业经济高质量发展的若干政策意见》的通知。"
            "《关于全面加快科技创新推动工业经济高质量发展的若干政策意见》已经研究同意，现印发给你们，请认真遵照执行。")
    registry = registry_of(tmp_path, text)
    assert len([e for e in registry.entities.values() if e.kind == "Policy"]) == 1


def test_the_bare_zones_administration_issuing_a_title_is_the_zone(tmp_path):
    # round 214: 保持高新区工业经济平稳较快发展,高新区管委会出台了《西安高新区管委会关于进一步促进工业经济平稳较快发展的若干意见》
    facts = facts_of(tmp_path, "为保持高新区工业经济平稳较快发展,高新区管委会出台了《西安高新区管委会关于进一步促进工业经济平稳较快发展的若干意见》。")
    assert {o for s, p, o in facts if p == "issuedBy"} == {"西安高新技术产业开发区"}


def test_the_first_of_counted_projects_after_an_ascii_comma():
    # round 214 (a Traditional page, its commas ASCII): 目前,龙芯产业园项目一期等38个大项目正在施工
    assert "龙芯" in kinds("目前,龙芯产业园项目一期等38个大项目正在施工。", "Enterprise")
    assert not any(k.startswith(",") for k in kinds("目前,龙芯产业园项目一期等38个大项目正在施工。", "Enterprise"))


def test_a_groups_headquarters_or_building_in_a_list_is_no_unit():
    # round 214: 从二季度到今年底,联想总部、百度研发楼、腾讯研发中心等另外38个大企业大项目将开工建设
    found = kinds("从二季度到今年底,联想总部、百度研发楼、腾讯研发中心等另外38个大企业大项目将开工建设。", "Enterprise")
    assert "联想总部" not in found and "百度研发楼" not in found and "百度" in found


def test_kinds_of_state_ownership_are_no_firms():
    # round 214: 是指管委会出资的委属国有独资企业、国有独资公司,以及国有资本控股公司
    assert kinds("本办法所称管委会出资企业,是指管委会出资的委属国有独资企业、国有独资公司,以及国有资本控股公司。", "Enterprise") == []


def test_shi_you_opens_a_legal_name():
    # round 213: …是2017年兰州高新区引进的兰洽会重点签约项目,是由甘肃路桥建设集团有限公司投资建设的综合性工业基地
    text = "该项目是兰州高新区引进的重点签约项目,是由甘肃路桥建设集团有限公司投资建设的综合性工业基地。"
    assert kinds(text, "Enterprise") == ["甘肃路桥建设集团有限公司"]


def test_a_list_closed_as_experts_names_people():
    # round 213: …等科研单位负责同志,李殿荣、吉万全、马锋旺等专家学者以及杨凌伟隆公司、…企业负责人
    text = "会议邀请了李殿荣、吉万全、马锋旺等专家学者以及杨凌伟隆公司负责人,围绕种业发展建言献策。"
    assert kinds(text, "Enterprise") == ["杨凌伟隆"]


def test_local_opens_no_sector(tmp_path):
    # round 214: 南昌高新区当天集中投产的重大项目,涵盖当地移动智能终端、航空航天、医药健康等六大主导产业
    facts = facts_of(tmp_path, "南昌高新区当天集中投产的重大项目,涵盖当地移动智能终端、航空航天、医药健康等六大主导产业。")
    assert ("南昌高新技术产业开发区", "hasIndustry", "移动智能终端") in facts


def test_kinds_of_innovation_in_a_list_of_fields_are_no_sectors(tmp_path):
    # round 214: 光谷项目总投资超过180亿元,涵盖产业创新、现代服务、文化旅游等多个领域
    facts = facts_of(tmp_path, "东湖高新区集中开工9个项目。光谷项目总投资超过180亿元,涵盖产业创新、现代服务、文化旅游等多个领域。")
    assert "产业创新" not in {o for s, p, o in facts}


def test_computers_and_power_distribution_equipment_are_sectors_written_whole(tmp_path):
    # round 213: 计算机及通信设备产业累计完成产值719亿元…。输配电及控制设备产业累计完成产值128亿元
    facts = facts_of(tmp_path, "厦门火炬高新区计算机及通信设备产业累计完成产值719亿元。输配电及控制设备产业累计完成产值128亿元。")
    sectors = {o for s, p, o in facts if p == "hasIndustry"}
    assert sectors == {"计算机与通信设备", "输配电及控制设备"}


def test_short_names_of_software_services_and_clean_energy(tmp_path):
    # round 214: 珠海高新区…软信业; round 213: 围绕智能科技、洁净能源、金融及上市总部…等重点领域
    facts = facts_of(tmp_path, "珠海高新区坚持制造业优先,大力发展软信业。")
    assert ("珠海高新技术产业开发区", "hasIndustry", "软件和信息技术服务") in facts
    assert "洁净能源" in kinds("重点发展洁净能源产业。", "Industry") or "洁净能源产业" in kinds("重点发展洁净能源产业。", "Industry")


def test_a_zone_titles_trial_note_is_part_of_it(tmp_path):
    # round 213: 合肥高新区打造未来产业创新高地 加快建设世界一流高科技园区 若干措施(试行) (a page's own title line)
    facts = facts_of(tmp_path, "投资政策\n\n合肥高新区打造未来产业创新高地加快建设世界一流高科技园区若干措施(试行)\n\n为培育发展新质生产力，特提出如下措施。")
    assert any(p == "implementsPolicy" and o.endswith(("若干措施（试行）", "若干措施(试行)")) for s, p, o in facts)


def test_a_plan_coded_with_a_plus_in_quotes(tmp_path):
    # round 213: 济宁高新区制定“235+N”工作方案; 发布“1+5+20”人才新政 (杭州高新区's year-end review)
    facts = facts_of(tmp_path, "为实施集群培育工程,济宁高新区制定“235+N”工作方案,从政策、资金、制度等方面聚焦集群培育。")
    assert ("济宁高新技术产业开发区", "implementsPolicy", "“235+N”工作方案") in facts
    assert kinds("杭州高新区发布“1+5+20”人才新政,新入选国家级专家19人。", "Policy") == ["“1+5+20”人才新政"]


def test_metal_industry_endings_make_brand_names():
    # round 213: 亚洲最大的钛粉企业富士特钛业公司落户宝鸡高新区
    assert kinds("亚洲最大的钛粉企业富士特钛业公司落户宝鸡高新区;", "Enterprise") == ["富士特钛业"]
    # (铜业 is left out: 以高新铜业为龙头的铜材精深加工产业链 would read the firm as a sector, round 29)
    assert "高新铜业" in kinds("以科力远为龙头的锂离子电池新材料产业链、以高新铜业为龙头的铜材精深加工产业链等4大产业链。", "Enterprise")


def test_the_state_nuclear_power_technology_corporation_by_its_full_name(tmp_path):
    # round 213: 如国家核电技术公司与宝钛集团投资26亿元的…核级锆材生产线项目落户园区 (宝鸡高新区)
    facts = facts_of(tmp_path, "宝鸡高新区引来众多大项目。如国家核电技术公司与宝钛集团投资26亿元的核级锆材生产线项目落户园区。")
    assert ("宝鸡高新技术产业开发区", "hostsEnterprise", "国家核电技术公司") in facts


def test_yi_before_a_bare_national_zone_names_none():
    # round 213: 2012-09-25来源:上海证券报以国家高新区建设20年为起点,潍坊高新区正昂首迈入…
    found = [m.surface for m in find_mentions("来源:上海证券报以国家高新区建设20年为起点,潍坊高新区正昂首迈入新征程。") if m.kind == "Zone"]
    assert found == ["潍坊高新区"]


def test_fenbie_between_awarded_firms_and_their_award():
    # round 215: 榜单中,无距科技、上博智像分别入围潜在独角兽企业、种子独角兽企业 (沈阳高新区)
    assert kinds("此次发布的榜单中,无距科技、上博智像分别入围潜在独角兽企业、种子独角兽企业;", "Enterprise") == ["无距科技", "上博智像"]


def test_a_ranking_of_world_universities_names_no_university():
    # round 215: 重点支持世界500强企业、…、QS世界大学排名TOP200、“双一流”大学…在高新区创办新型产业技术研究院 (合肥高新区's measures)
    assert kinds("重点支持QS世界大学排名TOP200高校在高新区创办新型产业技术研究院。", "ResearchInstitute") == []


def test_a_business_park_in_a_project_list_names_no_investor():
    # round 215: 海洋高新区内中海油天津研发产业基地、…、海洋科技商务园(二期)、奥特莱斯…等12个项目已开工 (天津高新区)
    found = kinds("目前,海洋高新区内中海油天津研发产业基地、北方黄金珠宝基地、海洋科技商务园(二期)、铁建大厦等12个项目已开工。", "Enterprise")
    assert "海洋科技" not in found and "中海油" in found


def test_the_bare_zone_word_opening_a_list_of_awarded_firms():
    # round 215: 名单,高新區東興電子、卡爾電氣等7家企業入圍國家第四批專精特新“小巨人”企業 (威海高新区, traditional script)
    text = "工业和信息化部公布了名单,高新区东兴电子、卡尔电气等7家企业入围国家第四批专精特新“小巨人”企业。"
    assert kinds(text, "Enterprise") == ["东兴电子", "卡尔电气"]


def test_zai_after_a_zone_opens_no_company_of_the_zone():
    # round 215: 石家庄高新区在创林产业园运营有限公司润石智谷产业园项目现场举行…集中开工活动
    text = "石家庄高新区在创林产业园运营有限公司润石智谷产业园项目现场举行2024年一季度重点项目集中开工活动。"
    assert kinds(text, "Enterprise") == ["创林产业园运营有限公司"]


def test_a_group_standing_alone_before_yu_or_a_year():
    # round 215: 记忆科技于2012年在松山湖设立子公司东莞记忆 — a group's short name acts the same way (华为于…)
    assert kinds("华为于2012年在松山湖投资建厂。", "Enterprise") == ["华为"]
    assert kinds("华为2012年在松山湖投资建厂。", "Enterprise") == ["华为"]


def test_biotech_and_bing_before_a_joiner(tmp_path):
    # round 26: 昌吉高新区新材料产业打造产业集群,集聚发展新动能,并与新装备、生物科技产业形成三大主导产业
    facts = facts_of(tmp_path, "昌吉高新区新材料产业打造产业集群,集聚发展新动能,并与新装备、生物科技产业形成三大主导产业。")
    assert ("昌吉高新技术产业开发区", "hasIndustry", "新装备") in facts
    assert not any(o.startswith("并") for s, p, o in facts)
    # round 215: 还有很多企业分布在生物科技、环保节能等领域 (东湖高新区's 瞪羚 list): 生物科技 is the bio-industry
    assert ("武汉东湖新技术开发区", "hasIndustry", "生物产业") in facts_of(
        tmp_path, "东湖高新区公布瞪羚企业名单。还有很多企业分布在生物科技、环保节能等领域。")


def test_firms_concentrated_in_sectors(tmp_path):
    # round 215: 今年入选的“瞪羚企业”,超过50%集中于光电子信息与现代服务业 (东湖高新区)
    facts = facts_of(tmp_path, "东湖高新区公布瞪羚企业名单。今年入选的“瞪羚企业”,超过50%集中于光电子信息与现代服务业。")
    sectors = {o for s, p, o in facts if p == "hasIndustry"}
    assert "现代服务业" in sectors and any(o.startswith("光电") for o in sectors)


def test_firms_after_an_areas_boundary_make_it_up(tmp_path):
    # round 215: 物联网产业社区位于物联网小镇核心区,北至江南大道,南至联慧街,…,以智慧e谷为核心,由聚光科技、…等产业板块组成
    text = ("1月29日,在杭州高新区(滨江)物联网小镇,物联网产业社区正式挂牌启用。\n\n物联网产业社区位于物联网小镇核心区,北至江南大道,"
            "南至联慧街,西至共联路,东至西兴路,以智慧e谷为核心,由聚光科技、芯图科技、海康威视等产业板块组成。")
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert {"芯图科技", "海康威视"} <= hosted
    # a firm on the line itself still marks it (四至范围：东至湖滨路，南至沙岭村，…北至海滨化工)
    line = "东营高新区规划面积12平方公里。四至范围：东至湖滨路，南至沙岭村，西至东八路，北至海科化工。"
    assert not {o for s, p, o in facts_of(tmp_path, line) if p == "hostsEnterprise"}


def test_lines_of_other_areas_and_towns_in_a_citys_project_list(tmp_path):
    # round 215: 昆山's spring project starts, a line per area: only the 昆山高新区 line is the zone's
    text = ("【集中开工项目展示】\n昆山开发区国显光电、东部热电联产、顺大咖啡、日世冰淇淋等5个项目开工建设,累计总投资83.94亿元。\n"
            "昆山高新区九豪应用材料、优德精密模具、友昌母婴用品、华龙电梯、罗克莱堆焊管件、天环冷链物流等6个项目开工建设,累计总投资34.5亿元。\n"
            "花桥经济开发区富莱德仓储、温德姆酒店等5个项目开工建设,累计投资总额14.9亿元。\n"
            "张浦镇春秋电子、艾森曼机械、优诺乳业等5个项目开工建设,累计总投资17.5亿元。")
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert "华龙电梯" in hosted
    assert not hosted & {"东部热电联产", "顺大咖啡", "富莱德仓储", "艾森曼机械", "优诺乳业"}


def test_a_zone_bodys_notice_title_with_yinfa_among_a_sites_links(tmp_path):
    # round 215: a gov site's page of 甬高新〔2024〕1号, its short lines run together by the reader
    text = ("文件解读: 解读宁波高新区管委会印发关于争创世界一流高科技园区若干政策的意见\n"
            "文件图解: 图解宁波高新区管委会印发关于争创世界一流高科技园区若干政策的意见\n\n"
            "宁波高新区管委会印发关于争创世界一流高科技园区若干政策的意见\n\n各部门、直属企事业单位：请认真贯彻执行。")
    facts = facts_of(tmp_path, text)
    title = "关于争创世界一流高科技园区若干政策的意见"
    assert {("宁波高新技术产业开发区", "implementsPolicy", title), (title, "issuedBy", "宁波高新技术产业开发区")} <= facts


def test_home_furnishing_mall_chains_are_known_companies():
    # round 215: 去年冬天红星美凯龙世博家居生活广场也举行了开工仪式 (天津高新区's 海洋高新区)
    assert "红星美凯龙" in kinds("同时,去年冬天红星美凯龙世博家居生活广场也举行了开工仪式,总投资额约8.5亿元人民币。", "Enterprise")


def test_enterprise_headquarters_as_a_sector_is_the_headquarters_economy(tmp_path):
    # round 215: 海洋高新区将形成以企业总部、高端商务、文化创意等产业为一体的核心区域 (天津高新区)
    facts = facts_of(tmp_path, "天津高新区的海洋高新区将形成以企业总部、高端商务、文化创意等产业为一体的核心区域。")
    assert ("天津滨海高新技术产业开发区", "hasIndustry", "总部经济") in facts


def test_kinds_of_body_counted_after_the_last_are_no_institutes():
    # round 215: 推进瞪羚独角兽企业、新型研发机构、大企业平台化和离岸创新中心(域外创新中心)4类新型创新主体建设 (辽宁's 指引)
    text = "我省将加快推进瞪羚独角兽企业、新型研发机构、大企业平台化和离岸创新中心(域外创新中心)4类新型创新主体建设。"
    assert kinds(text, "ResearchInstitute") == []


def test_outlets_name_a_kind_of_mall_not_a_firm():
    # round 215: 海洋高新区内中海油天津研发产业基地、…、奥特莱斯、铁建大厦、海星广场等12个项目已开工 (天津高新区)
    text = "目前,海洋高新区内中海油天津研发产业基地、北方黄金珠宝基地、奥特莱斯、铁建大厦、海星广场等12个项目已开工。"
    assert "奥特莱斯" not in kinds(text, "Enterprise")


def test_the_first_of_counted_projects_after_the_kind_of_project(tmp_path):
    # round 216: 集中开工项目有湘潭万洋众创城等9个项目;集中竣工项目有建湘总部暨…等5个项目;集中投产项目有湘潭新恒兴智能电力设备研发生产基地项目等3个项目
    text = ("湘潭高新区举行仪式。其中,集中开工项目有湘潭万洋众创城等9个项目;集中竣工项目有建湘总部暨先进钢材智能化生产基地等5个项目;"
            "集中投产项目有湘潭新恒兴智能电力设备研发生产基地项目等3个项目。")
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert hosted == {"建湘", "湘潭新恒兴"}


def test_upstream_and_downstream_suppliers_are_no_sector(tmp_path):
    # round 216: 重点打造以新材料、智能制造、数字经济及上下游相关配套产业为主导的“两新三电”智慧型特色产业园区 (湘潭高新区)
    facts = facts_of(tmp_path, "湘潭高新区万洋众创城将重点打造以新材料、智能制造、数字经济及上下游相关配套产业为主导的特色产业园区。")
    assert {o for s, p, o in facts if p == "hasIndustry"} == {"新材料", "智能制造", "数字经济"}


def test_the_founders_of_a_zones_firm_are_neither_hosted_nor_partners(tmp_path):
    # round 216: 走访位于肇庆高新区的大华农生物药品有限公司…该公司由广东温氏集团和华南农业大学共同创办; …由亚洲蕞大的铝业集团——
    # 亚洲铝业控股有限公司投资兴建
    text = ("记者走访位于肇庆高新区的大华农生物药品有限公司。该公司由广东温氏集团和华南农业大学共同创办,是目前全国第二大生产基地。"
            "记者走访位于肇庆高新区的亚洲铝业(中国)有限公司。该公司由亚洲最大的铝业公司——亚洲铝业控股有限公司投资兴建。")
    facts = facts_of(tmp_path, text)
    assert not {(p, o) for s, p, o in facts} & {("hostsEnterprise", "广东温氏集团"), ("partnersWith", "华南农业大学"),
                                                 ("hostsEnterprise", "亚洲铝业控股有限公司")}
    assert ("肇庆高新技术产业开发区", "hostsEnterprise", "大华农生物药品有限公司") in facts


def test_one_brand_ending_before_another_names_no_firm():
    # round 216: 由亚洲蕞大的铝业集团——亚洲铝业控股有限公司投资兴建 (肇庆高新区)
    assert kinds("由亚洲最大的铝业集团投资兴建。", "Enterprise") == []
    assert kinds("该项目由国内最大的汽车集团投资。", "Enterprise") == []


def test_a_projects_first_phase_names_no_investor():
    # round 216: 目前已投入资金约70亿元,首期30万吨铝型材项目已全面投产 (肇庆高新区's 亚洲铝业)
    assert kinds("目前已投入资金约70亿元,首期30万吨铝型材项目已全面投产。", "Enterprise") == []


def test_unmarked_titles_run_together_after_guanche_luoshi(tmp_path):
    # round 216: 内江高新区促进产业高质量发展的若干意见: 为贯彻落实国务院关于印发…的通知(国发(2022)12号)四川省人民政府关于…
    text = ("内江高新区促进产业高质量发展的若干意见。为贯彻落实国务院关于印发扎实稳住经济一揽子政策措施的通知(国发(2022)12号)"
            "四川省人民政府关于印发扎实稳住经济增长若干政策措施的通知(川府发(2022)16号)精神,坚定以习近平新时代中国特色社会主义思想为指导。")
    facts = facts_of(tmp_path, text)
    assert ("关于印发扎实稳住经济一揽子政策措施的通知", "issuedBy", "国务院") in facts
    assert ("关于印发扎实稳住经济增长若干政策措施的通知", "issuedBy", "四川省人民政府") in facts


def test_a_policy_for_the_zone_its_title_names_is_carried_out_there(tmp_path):
    # round 216: 云南省人民政府关于支持玉溪国家高新技术产业开发区发展的意见 (the province's; the zone's 管委会 负责落实)
    text = ("您的位置:\n省政府文件\n【字体:\n来源:云南省人民政府办公厅\n\n云南省人民政府关于支持\n玉溪国家高新技术产业开发区发展的意见\n\n各州、市人民政府,省直各委、办、厅、局:\n\n"
            "为加快玉溪国家高新技术产业开发区发展步伐,现就支持玉溪国家高新技术产业开发区(以下简称玉溪高新区)发展提出如下意见:")
    facts = facts_of(tmp_path, text)
    assert ("玉溪高新技术产业开发区", "implementsPolicy", "关于支持玉溪国家高新技术产业开发区发展的意见") in facts
    # an approval of the zone's upgrade is no policy it carries out
    approval = "国务院关于同意本溪高新技术产业开发区升级为国家高新技术产业开发区的批复\n\n辽宁省人民政府:你省关于本溪高新区升级的请示收悉。"
    assert not any(p == "implementsPolicy" for s, p, o in facts_of(tmp_path, approval))


def test_a_zones_own_preferential_policies_by_their_title(tmp_path):
    # round 216: 102\n昆明高新区招商引资优惠政策\n第一章总则\n第一条为把昆明高新技术产业开发区(以下简称高新区)建设成为…
    text = "102\n昆明高新区招商引资优惠政策\n第一章总则\n第一条为把昆明高新技术产业开发区(以下简称高新区)建设成为国际知名的创新型特色园区,制定本政策。"
    facts = facts_of(tmp_path, text)
    assert ("昆明高新技术产业开发区", "implementsPolicy", "昆明高新区招商引资优惠政策") in facts
    # the ending alone after the zone is no title (享受成都高新区优惠政策)
    assert kinds("落户企业可享受成都高新区优惠政策。", "Policy") == []


def test_the_second_sector_of_a_zones_park(tmp_path):
    # round 216: 由中铁四局承建的淮南高新区新能源汽车及装备制造产业园二期项目通过竣工验收
    facts = facts_of(tmp_path, "近日,淮南高新区新能源汽车及装备制造产业园二期项目通过竣工验收。")
    assert ("淮南高新技术产业开发区", "hasIndustry", "装备制造") in facts
    # a firm's park, after its verb, names none (round 19: 古瑞瓦特新能源公司…分期建设光伏逆变器和储能设备产业园)
    firm = "随州高新区招商成效明显。深圳古瑞瓦特新能源公司已与高新区签订正式协议,分期建设光伏逆变器和储能设备产业园。"
    assert not any(o == "储能设备" for s, p, o in facts_of(tmp_path, firm))


def test_a_short_name_declared_for_a_zones_company_named_with_the_zone(tmp_path):
    # round 216: 海口國家高新區發展控股有限公司(以下簡稱高新發控)董事長龍翔春表示
    facts = facts_of(tmp_path, "1月13日,海口国家高新区发展控股有限公司(以下简称高新发控)董事长龙翔春表示。高新发控是高新区的投资平台。")
    assert {o for s, p, o in facts if p == "hostsEnterprise"} == {"海口国家高新区发展控股有限公司"}


def test_a_sector_joined_to_public_works_is_no_narrower_sector(tmp_path):
    # round 216: 项目涵盖新一代信息技术、新能源新材料、医养健康、文化创意和社会民生等领域 (临沂高新区)
    facts = facts_of(tmp_path, "临沂高新区共有18个项目纳入推进会。项目涵盖新一代信息技术、新能源新材料、医养健康、文化创意和社会民生等领域。")
    sectors = {o for s, p, o in facts if p == "hasIndustry"}
    assert "文化创意" in sectors and not any("民生" in o for o in sectors)


def test_our_province_issues_a_policy_for_the_zone(tmp_path):
    # round 216: 各界导报: …随后,我省印发《支持杨凌示范区打造旱区农业新质生产力策源地的若干政策措施》
    text = ("杨凌示范区召开发布会。随后,我省印发《支持杨凌示范区打造旱区农业新质生产力策源地的若干政策措施》,"
            "明确了杨凌示范区的发展路径。")
    facts = facts_of(tmp_path, text)
    title = "支持杨凌示范区打造旱区农业新质生产力策源地的若干政策措施"
    assert (title, "issuedBy", "陕西省") in facts and (title, "issuedBy", "杨凌农业高新技术产业示范区") not in facts


def test_the_firm_credited_for_a_sites_technology_is_not_hosted(tmp_path):
    # round 216: 枣庄日报's footer: 咨询/投诉:0632-3159725 QQ:1052190871 技术支持:北大方正
    text = "枣庄高新区发展迅速。\n咨询/投诉:0632-3159725 QQ:1052190871 技术支持:北大方正"
    assert not any(p == "hostsEnterprise" for s, p, o in facts_of(tmp_path, text))


def test_stages_of_work_listed_are_no_sectors(tmp_path):
    # round 216: 成为中国西部地区重要的高新技术研发、孵化和产业化基地 (云南省…关于支持玉溪国家高新区发展的意见)
    facts = facts_of(tmp_path, "力争到2020年,玉溪高新区自主创新能力大幅提升,成为中国西部地区重要的高新技术研发、孵化和产业化基地。")
    assert not any(p == "hasIndustry" and o in ("孵化", "产业化") for s, p, o in facts)


def test_what_a_firm_is_designated_is_no_partner(tmp_path):
    # round 216: 走访位于肇庆高新区的大华农生物药品有限公司…该公司…,是肇庆市动物疫苗工程研发中心,获国家农业部指定生产…
    text = "记者走访位于肇庆高新区的大华农生物药品有限公司。该公司成立于1996年,是肇庆市动物疫苗工程研发中心,获农业部指定生产疫苗。"
    assert not any(p == "partnersWith" for s, p, o in facts_of(tmp_path, text))


def test_a_city_issues_a_document_after_its_way_of_working(tmp_path):
    # round 217: 为加快推进新余市高新区、经开区、工业园区…改革和创新发展,新余市结合实际出台《关于促进开发区改革和创新发展的实施意见》
    text = "为加快推进新余市高新区、经开区、工业园区改革和创新发展,新余市结合实际出台《关于促进开发区改革和创新发展的实施意见》,努力把开发区建设成为先行区。"
    facts = facts_of(tmp_path, text)
    assert ("关于促进开发区改革和创新发展的实施意见", "issuedBy", "新余市") in facts
    assert ("关于促进开发区改革和创新发展的实施意见", "issuedBy", "新余高新技术产业开发区") not in facts


def test_other_areas_by_their_jingkaiqu_or_industrial_park_names(tmp_path):
    # round 217: 新余高新区以新能源产业…为首位产业…。袁河经开区以钢铁产业为首位产业…。分宜工业园区以麻纺产业为首位产业…
    text = ("新余高新区以新能源产业为首位产业,主攻智能制造、光电信息和医药食品等产业。袁河经开区以钢铁产业为首位产业,主攻现代装备制造和动力储能等产业。"
            "分宜工业园区以麻纺产业为首位产业,主攻锂电新材料和光电信息等产业。")
    sectors = {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    assert "智能制造" in sectors and not sectors & {"钢铁", "装备制造", "麻纺", "锂电材料"}


def test_an_organ_title_line_with_a_quoted_phrase(tmp_path):
    # round 217: 营口市人民政府办公室关于推进营口高新技术产业开发区“一区多园”建设的实施意见 (营政办发〔2017〕76号)
    text = ("您现在的位置:首页 > 政策文件 > 正文\n营口市人民政府办公室关于推进营口高新技术产业开发区“一区多园”建设的实施意见\n"
            "  来源: 作者: 发布时间:2018年01月10日\n营政办发〔2017〕76号\n各县(市)区人民政府,市政府各部门:\n为深入贯彻落实党的十九大精神,加快推进营口高新技术产业开发区建设。")
    title = "关于推进营口高新技术产业开发区“一区多园”建设的实施意见"
    facts = facts_of(tmp_path, text)
    assert (title, "issuedBy", "营口市人民政府办公室") in facts and ("营口高新技术产业开发区", "implementsPolicy", title) in facts


def test_a_direction_before_a_universitys_short_name():
    # round 217: 通化医药高新区…同时抢抓向南开放窗口建设的机遇 (向南 开放: no 南开)
    assert kinds("通化医药高新区同时抢抓向南开放窗口建设的机遇。", "ResearchInstitute") == []
    assert kinds("通化医药高新区与南开合作共建研究院。", "ResearchInstitute") == ["南开"]


def test_quanzhous_southern_wing_zone_is_its_national_zone():
    # round 217: 泉州晚报: 南翼高新区…联东U谷·南安半导体科技产业港 (泉州南翼国家高新区, built since 2023)
    names = {m.name for m in find_mentions("南翼高新区南安片区加快建设。泉州南翼国家高新区建设指挥部正式揭牌。") if m.kind == "Zone"}
    assert names == {"泉州高新技术产业开发区"}


def test_zhutui_before_gongsi_names_no_company():
    # round 218: 此次产业化基地仅用1年时间就实现竣工,必将助推公司赢得更多市场占有率 (重塑科技's 常熟 base)
    assert kinds("此次产业化基地仅用1年时间就实现竣工,必将助推公司赢得更多市场占有率。", "Enterprise") == []


def test_camel_group_and_general_tobacco_are_known_companies():
    # round 218: 湖北采访团探访襄阳高新区骆驼集团新能源低碳产业园; 以将军烟草、青岛啤酒、齐鲁制药…为龙头 (济南高新区, 2008)
    assert "骆驼集团" in kinds("“活力中国调研行”湖北采访团探访襄阳高新区骆驼集团新能源低碳产业园。", "Enterprise")
    assert "将军烟草" in kinds("形成了以将军烟草、青岛啤酒、齐鲁制药为龙头的食品药品产业集群。", "Enterprise")


def test_a_delegation_visiting_the_zones_firms_named_at_once(tmp_path):
    # round 218: 宋国权赴合肥高新区调研…。宋国权一行考察了嘉东光学、新华三、中新网安、本源量子和腾讯众创空间
    text = "合肥高新区召开会议。宋国权一行考察了嘉东光学、新华三、中新网安、本源量子。"
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert {"嘉东光学", "中新网安"} <= hosted


def test_the_citys_name_in_a_firms_brackets_does_not_keep_the_city_speaking(tmp_path):
    # round 218: 宋国权赴合肥高新区调研…。市委常委、秘书长韦弋陪同调研。¶ 宋国权一行先后来到马瑞利动力(合肥)研发生产基地、圆融…生产基地
    text = ("本报讯9月6日下午,市委书记宋国权赴合肥高新区调研重点项目建设运营情况。市委常委、秘书长韦弋陪同调研。\n"
            "宋国权一行先后来到马瑞利动力(合肥)研发生产基地、圆融高性能工程塑料生产基地,听取项目进度汇报。")
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert "圆融" in hosted


def test_yuji_opens_no_makers_name():
    # round 219: 广州高新区…廣汽本田…預計工廠滿負荷生産的年産值可到達100億元
    assert kinds("据介绍，预计工厂满负荷生产的年产值可到达100亿元。", "Enterprise") == []  # (the full-width comma the reader writes)


def test_warehousing_and_investment_promotion_are_no_names():
    # round 219: 中粮粮谷年产90万吨小麦深加工及仓储物流项目由中粮集团投资建设 (渭南高新区); 主 题:… 老工业基地 招商引资 经济发展 (马鞍山慈湖)
    text = "当天集中开工的11个项目中,中粮粮谷年产90万吨小麦深加工及仓储物流项目由中粮集团投资建设。"
    assert "仓储物流" not in kinds(text, "Enterprise")
    assert kinds("主 题:马鞍山市 高新区 高新技术产业开发区 基础设施建设 老工业基地 招商引资 经济发展", "Enterprise") == []


def test_da_jiaju_is_home_furnishing(tmp_path):
    # round 219: 园区以佛山大家居产业为核心,…实现大家居先进制造业和生产性服务业两业融合 (佛山国家高新区's 鹰创园)
    facts = facts_of(tmp_path, "鹰创园由老旧陶瓷厂房改造而来,总占地面积187亩,是佛山国家高新区重点项目之一。园区以佛山大家居产业为核心,聚焦科技创新和"
                               "设计创意两大主题,引入大家居产业科技研发、智能制造、工业设计和文化创意等新产业新业态,实现大家居先进制造业和生产性服务业两业融合。")
    sectors = {o for s, p, o in facts if p == "hasIndustry"}
    assert "现代家居" in sectors and not any(o.startswith("家居先进") for o in sectors)


def test_the_kinds_of_a_batchs_projects_are_the_zones_sectors(tmp_path):
    # round 213: 本次集中开工的18个项目,…既有新材料、新医药、高端装备制造、汽车内饰件及零部件等先进制造业项目,也有生态环保、高端服务业项目 (常州高新区)
    text = ("常州高新区集中开工。据悉,本次集中开工的18个项目,包括2个市重点项目、12个区重点项目和4个新增项目,既有新材料、新医药、高端装备制造、"
            "汽车内饰件及零部件等先进制造业项目,也有生态环保、高端服务业项目。")
    sectors = {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    assert {"新材料", "高端装备制造", "节能环保"} <= sectors
    # a sector's share of the projects, no list of their kinds (round 23: 现代服务业项目中,主要围绕大型专业市场、旅游旅居产业布局)
    share = "璧山高新区新签约项目48个。现代服务业项目中,主要围绕大型专业市场、旅游旅居产业布局。"
    assert "现代服务业" not in {o for s, p, o in facts_of(tmp_path, share) if p == "hasIndustry"}


def test_zhe_written_as_in_traditional_pages_closes_a_verb_before_a_name(tmp_path):
    # round 214: 走進綠樹成蔭的中關村環保園,…掛著華為公司胸牌的兩個女孩正在散步 (著 for 着, as traditional pages write it)
    facts = facts_of(tmp_path, "走進綠樹成蔭的中關村環保園,讓人感覺進了公園。掛著華為公司胸牌的兩個女孩正在散步。")
    assert ("中关村科技园区", "hostsEnterprise", "华为技术有限公司") in facts


def test_a_steering_part_is_no_verb_inside_a_legal_name(tmp_path):
    # round 218: 期间参观了蒂森克虏伯转向系统(常州)有限公司和特雷克斯(常州)机械有限公司 (常州高新区): 转向 of 转向系统, no "turning to"
    text = "孟华婷一行来到常州高新区调研外资情况,期间参观了蒂森克虏伯转向系统(常州)有限公司和特雷克斯(常州)机械有限公司。"
    assert kinds(text, "Enterprise")[:2] == ["蒂森克虏伯转向系统(常州)有限公司", "特雷克斯(常州)机械有限公司"]
    facts = facts_of(tmp_path, text)
    assert ("常州高新技术产业开发区", "hostsEnterprise", "蒂森克虏伯转向系统（常州）有限公司") in facts


def test_the_academy_written_before_a_known_institute_is_its_parent(tmp_path):
    # round 218: 深入国家健康医疗大数据中部中心暨大健康产业园、中科院量子信息与量子科技创新研究院等项目建设现场 (合肥高新区)
    text = "宋国权一行来到合肥高新区,深入大健康产业园、中科院量子信息与量子科技创新研究院等项目建设现场。"
    assert kinds(text, "ResearchInstitute") == ["中科院量子信息与量子科技创新研究院"]
    assert ("中国科学院量子信息与量子科技创新研究院", "subOrganizationOf", "中国科学院") in facts_of(tmp_path, text)
    assert kinds("深入大健康产业园、量子信息与量子科技创新研究院等项目建设现场", "ResearchInstitute") == ["量子信息与量子科技创新研究院"]


def test_the_citys_part_of_a_sentence_and_other_districts_parts_are_not_the_zones(tmp_path):
    # round 220: 目前,全市已形成机电汽车、纺织服装、…等六大主导产业,涌现出抚州高新区汽车零部件…等10个省级产业基地; …完善了抚州高新区
    # 省级汽车及零部件产业基地的产业链;临川引进…广银铝业、自立环保等企业,…;东乡引进书源科技、台智电子、中亚科技等一批…项目 (a 抚州 city page)
    text = ("目前,全市已形成机电汽车、纺织服装、食品加工、化工建材等六大主导产业,涌现出抚州高新区汽车零部件、崇仁变电设备等10个省级产业基地。"
            "江铃集团建成的江铃轻型汽车,完善了抚州高新区省级汽车及零部件产业基地的产业链;临川引进投资规模大、创新技术多的广银铝业、自立环保等企业,"
            "带动了有色金属产业的转型升级;东乡引进书源科技、台智电子、中亚科技等一批资金、技术密集型项目。")
    facts = facts_of(tmp_path, text)
    objects = {o for s, p, o in facts if s == "抚州高新技术产业开发区"}
    assert not objects & {"纺织服装", "化工建材", "广银铝业", "自立环保", "书源科技", "中亚科技", "有色金属"}
    assert "江铃轻型汽车" in objects


def test_what_a_group_does_to_another_company_opens_no_unit_of_it(tmp_path):
    # round 220: 江铃集团重组富奇汽车建成的江铃轻型汽车,完善了抚州高新区省级汽车及零部件产业基地的产业链
    text = "江铃集团重组富奇汽车建成的江铃轻型汽车,完善了抚州高新区省级汽车及零部件产业基地的产业链。"
    assert "重组富奇汽车" not in kinds(text, "Enterprise")
    assert ("江铃轻型汽车", "subOrganizationOf", "江铃集团") in facts_of(tmp_path, text)


def test_a_quality_said_of_listed_firms_is_no_firm():
    # round 220: 临川引进投资规模大、创新技术多的广银铝业、自立环保等企业 (a 抚州 city page)
    assert kinds("临川引进投资规模大、创新技术多的广银铝业、自立环保等企业。", "Enterprise") == ["广银铝业", "自立环保"]


def test_an_agreement_to_invest_signed_with_the_zones_committee_lands_in_the_zone(tmp_path):
    # round 220: 天和磁材's notice: …全资子公司包头天和新材料科技有限公司近日与包头稀土高新技术产业开发区管理委员会签署了《关于…项目(一期)的投资协议》
    text = ("关于公司全资子公司签署投资协议的公告\n重要内容提示:\n"
            "公司全资子公司包头天和新材料科技有限公司近日与包头稀土高新技术产业开发区管理委员会签署了《关于高性能稀土永磁及组件项目(一期)的投资协议》。\n")
    assert ("包头稀土高新技术产业开发区", "hostsEnterprise", "包头天和新材料科技有限公司") in facts_of(tmp_path, text)


def test_a_short_name_declared_between_a_company_and_its_subsidiary(tmp_path):
    # round 220: 包头天和磁材科技股份有限公司(以下简称“公司”)全资子公司包头天和新材料科技有限公司近日与…签署了…
    text = "包头天和磁材科技股份有限公司(以下简称“公司”)全资子公司包头天和光电科技有限公司近日与包头稀土高新区管委会签署了投资协议。"
    assert ("包头天和光电科技有限公司", "subOrganizationOf", "包头天和磁材科技股份有限公司") in facts_of(tmp_path, text)


def test_the_company_a_notice_declares_owns_the_subsidiary_it_names(tmp_path):
    # round 220: 江西赣锋锂业股份有限公司(以下简称“公司”)于…审议通过了《…议案》,同意公司控股子公司江西赣锋锂电科技有限公司(以下简称“赣锋锂电”)…
    text = ("江西赣锋锂业股份有限公司(以下简称“公司”)于2021年8月5日召开会议,同意公司控股子公司江西赣锋锂电科技有限公司以自有资金投资,"
            "其中在江西新余高新技术产业开发区投资30亿元人民币建设新型锂电池项目。公司董事会保证公告内容真实。")
    facts = facts_of(tmp_path, text)
    assert any(s == "江西赣锋锂电科技有限公司" and p == "subOrganizationOf" and o.startswith("江西赣锋锂业") for s, p, o in facts)
    assert kinds("公司董事会保证公告内容真实", "Enterprise") == []


def test_the_zones_firms_people_are_not_the_visited_firms_people(tmp_path):
    # round 220: 走进清远高新区参观、交流。教师们首先参观了…、广东贝克洛幕墙门窗系统有限公司和广东亿源通科技股份有限公司,随后和高新区的各大
    # 企业代表一起,在华南863科技创新园参加座谈
    text = ("活动邀请了来自省职教城的10家院校教师,走进清远高新区参观、交流。教师们首先参观了天安智谷科技产业园、广东贝克洛幕墙门窗系统有限公司和"
            "广东亿源通科技股份有限公司,随后和高新区的各大企业代表一起,在华南863科技创新园参加座谈。")
    facts = facts_of(tmp_path, text)
    assert ("清远高新技术产业开发区", "hostsEnterprise", "广东亿源通科技股份有限公司") in facts


def test_carbon_neutrality_holds_no_joiner():
    # round 220: 成都岷山氢能及碳中和技术研究院、成都岷山综合定位导航授时技术研究院等6个项目成功揭榜 (成都高新区's 岷山行动)
    text = "经过严密评审和磋商等环节,成都岷山氢能及碳中和技术研究院、成都岷山综合定位导航授时技术研究院等6个项目成功揭榜。"
    assert kinds(text, "ResearchInstitute")[0] == "成都岷山氢能及碳中和技术研究院"


def test_one_more_of_a_family_of_names_is_no_abbreviation(tmp_path):
    # round 220: 成都岷山氢能及碳中和技术研究院、…、成都岷山微电子先进封测技术研究院、…等6个项目成功揭榜…成都高新区还揭牌成立了“成都岷山先进技术研究院”
    text = ("成都高新区：成都岷山功率半导体技术研究院、成都岷山微电子先进封测技术研究院、成都岷山细胞工程技术研究院等3个项目成功揭榜。"
            "值得一提的是,成都高新区还揭牌成立了“成都岷山先进技术研究院”。")
    assert ("成都高新技术产业开发区", "partnersWith", "成都岷山先进技术研究院") in facts_of(tmp_path, text)


def test_sectors_listed_right_after_the_zones_name_are_its_own(tmp_path):
    # round 220: 光谷生物城在整合、提升东湖高新区生物医药、生物农业资源的基础上,高标准规划了15平方公里土地 (科学时报, 2011)
    text = "闫忠宁介绍,光谷生物城在整合、提升东湖高新区生物医药、生物农业资源的基础上,高标准规划了15平方公里土地。"
    sectors = {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    assert {"生物医药", "生物农业"} <= sectors


def test_the_nations_course_a_zone_keeps_up_with_is_no_sector_of_it(tmp_path):
    # round 219: 坚持电子信息产业首位不动摇,紧跟5G通信、物联网、人工智能等“新基建”发展进程,紧扣长三角一体化…重大战略机遇 (盐城高新区)
    text = ("今年以来,江苏盐城高新区始终把项目建设作为“头号工程”。坚持电子信息产业首位不动摇,紧跟5G通信、物联网、人工智能等“新基建”发展进程,"
            "紧扣长三角一体化、沿海发展等重大战略机遇。")
    sectors = {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    assert "电子信息" in sectors and not sectors & {"5G", "物联网", "人工智能"}


def test_a_zones_smart_terminal_projects_name_its_sectors(tmp_path):
    # round 219: 已集聚智能手机、智能穿戴、智能视听、智能家居、智能安防等上下游项目100多个 (盐城高新区)
    text = "江苏盐城高新区已集聚智能手机、智能穿戴、智能视听、智能家居、智能安防等上下游项目100多个。"
    sectors = {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    assert {"智能手机", "可穿戴设备", "智能视听", "智能家居", "数字安防"} <= sectors


def test_words_of_a_notice_and_a_verb_after_a_listed_firm_are_no_names():
    # round 221: 由上市公司张江高科担纲建设的…双子塔; 公司以现金購買森未科技…的股權,取得其控股權 (高新發展); 尚需提交公司股东大会审议 (亿纬锂能)
    assert kinds("由上市公司张江高科担纲建设的张江“科学之门”双子塔,正节节攀高。", "Enterprise") == ["张江高科"]
    assert "取得其控股" not in kinds("公司以现金购买森未科技和芯未半导体的股权,取得其控股权。", "Enterprise")
    assert kinds("本次投资事项已经公司第六届董事会第七次会议审议通过,尚需提交公司股东大会审议。", "Enterprise") == []


def test_a_listed_company_by_its_stock_code_whatever_its_words(tmp_path):
    # round 221: 6月19日晚,高新發展(000628.SZ)發佈關於現金收購成都森未科技有限公司…的公告 (成都高新區's listed firm)
    assert kinds("6月19日晚,高新发展(000628.SZ)发布关于现金收购成都森未科技有限公司控股权的公告。", "Enterprise")[0] == "高新发展"


def test_one_of_the_parties_opens_no_name(tmp_path):
    # round 221: 本次現金收購的交易對方之一成都高新投資集團有限公司(以下簡稱高投集團)爲公司控股股東
    text = "成都高新区：本次现金收购的交易对方之一成都高新投资集团有限公司(以下简称高投集团)为公司控股股东。"
    assert not any(o.startswith("方之一") for s, p, o in facts_of(tmp_path, text))


def test_zhi_before_a_subsidiary_is_the_owners(tmp_path):
    # round 221: 同意公司控股子公司深圳市博盛新材料有限公司(以下简称“博盛新材”)之全资子公司盐城博盛新能源有限公司(以下简称“盐城博盛”)拟投资…
    text = ("同意公司控股子公司深圳市博盛新材料有限公司(以下简称“博盛新材”)之全资子公司盐城博盛新能源有限公司拟投资人民币20亿元,"
            "在盐城高新技术产业开发区内投资建设项目。")
    assert ("盐城博盛新能源有限公司", "subOrganizationOf", "深圳市博盛新材料有限公司") in facts_of(tmp_path, text)


def test_an_industrial_group_is_a_cluster(tmp_path):
    # round 221: 生命健康谷…将…打造医药及医疗设备研发制造产业群和精准医疗产业群等 (天津高新区); round 23: 秀洲光伏新能源产业群 (another place's)
    text = "天津高新区将打造以干细胞基因技术引领的“生命健康谷”,建设“生物医药基地”,打造医药及医疗设备研发制造产业群和精准医疗产业群等。"
    assert ("天津滨海高新技术产业开发区", "hasCluster", "天津滨海高新区精准医疗产业集群") in facts_of(tmp_path, text)
    assert kinds("这支队伍是一个产业群体", "IndustrialCluster") == []


def test_a_special_programme_is_a_policy(tmp_path):
    # round 221: 结合…省政府《河南省加快推进智能传感器产业发展行动计划》、市政府《郑州市智能传感器产业培育专案》《中国(郑州)智能传感谷产业发展规划》等有关文件精神
    text = "郑州高新区在前期研究基础上,结合市政府《郑州市智能传感器产业培育专案》《中国(郑州)智能传感谷产业发展规划》等有关文件精神,形成了政策初稿。"
    assert ("郑州高新技术产业开发区", "implementsPolicy", "郑州市智能传感器产业培育专案") in facts_of(tmp_path, text)


def test_a_visited_firm_named_by_the_zones_city_and_its_trade_is_the_zones(tmp_path):
    # round 221: 高新區黨工委書記朱旭東…深入錦州錦華科技有限公司、錦州拓新電子和錦州華一汽車有限公司進行了走訪調研
    text = "锦州高新区党工委书记朱旭东带领相关部门,深入锦州锦华科技有限公司、锦州拓新电子和锦州华一汽车有限公司进行了走访调研。"
    assert ("锦州高新技术产业开发区", "hostsEnterprise", "锦州拓新电子") in facts_of(tmp_path, text)


def test_slogans_and_a_batchs_share_are_no_names(tmp_path):
    # round 222: 全部是大健康产业及有关配套项目 (泰州); 量质齐升招引项目、快马加鞭建设项目、高效便捷服务项目 (常州); 链长抓统筹、抓调度的
    # 高位推动优势 (包头); 其中主要为战略性新兴产业、新材料与环保产业 (西安)
    assert kinds("集中签约的32个项目,总投资145.8亿元,全部是大健康产业及有关配套项目,投资主体既有国企。", "Enterprise") == []
    assert kinds("充分发挥链长抓统筹、抓调度的高位推动优势和链主企业的“头雁”引领作用。", "Enterprise") == []
    assert kinds("名单中华为、中兴等企业入选。", "Enterprise") == ["华为", "中兴"]
    text = "常州高新区聚力打造产业高地,量质齐升招引项目、快马加鞭建设项目、高效便捷服务项目,切实把“项目优势”转化为“发展胜势”。"
    assert not any(p == "hostsEnterprise" for s, p, o in facts_of(tmp_path, text))
    assert "主要为战略性新兴" not in kinds("今年高新区重点项目以高端产业类项目为主,其中主要为战略性新兴产业、新材料与环保产业。", "Industry")


def test_a_brands_units_listed_by_other_places_are_not_the_zones(tmp_path):
    # round 222: 比亚迪已陆续建立了六家以弗迪命名的电池公司,包括重庆弗迪电池研究院、无为弗迪、盐城弗迪、济南弗迪、绍兴弗迪和滁州弗迪 (抚州高新区's page)
    text = ("比亚迪抚州基地项目落户抚州高新区。据了解,自今年年初以来,比亚迪已陆续建立了六家以弗迪命名的电池公司,"
            "包括重庆弗迪电池研究院、无为弗迪、盐城弗迪、济南弗迪、绍兴弗迪和滁州弗迪。")
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert not hosted & {"无为弗迪", "盐城弗迪", "济南弗迪", "绍兴弗迪", "滁州弗迪"}


def test_a_list_run_straight_into_its_clusters_names_each(tmp_path):
    # round 222: 高端装备制造产业形成了重卡和零部件装备、风电设备、工程机械装备产业集群 (包头稀土高新区's 链长制 page)
    text = "稀土高新区立足产业链长远发展。高端装备制造产业形成了重卡和零部件装备、风电设备、工程机械装备产业集群。"
    clusters = {o for s, p, o in facts_of(tmp_path, text) if p == "hasCluster"}
    assert {"包头稀土高新区重卡和零部件装备产业集群", "包头稀土高新区风电设备产业集群"} <= clusters
    # qualities or a count in the list are none (着力打造国内领先、国际一流的集成电路产业集群; …现代服务业三大产业创新集群)
    assert kinds("着力打造国内领先、国际一流的集成电路产业集群。", "Industry") == ["集成电路产业"]


def test_a_sector_that_joins_a_grade_of_clusters_is_a_cluster(tmp_path):
    # round 223: 中关村新一代信息技术跻身万亿级产业集群,上海张江集成电路产业、武汉东湖光电子信息产业… (工信部's bulletin on the zones)
    text = "中关村新一代信息技术跻身万亿级产业集群,武汉东湖光电子信息产业规模超过千亿。"
    facts = facts_of(tmp_path, text)
    assert ("中关村科技园区", "hasCluster", "中关村高新区新一代信息技术产业集群") in facts
    assert not any(o.endswith("跻身") for s, p, o in facts)


def test_a_zones_own_title_after_for_the_zone(tmp_path):
    # round 223: 珠海高新区为该区促进集成电路产业发展若干政策措施出台后首批获得奖励的4家企业颁发奖金
    text = "借着“中国芯”大会在珠海举办的契机,珠海高新区为该区促进集成电路产业发展若干政策措施出台后首批获得奖励的4家企业颁发奖金。"
    facts = facts_of(tmp_path, text)
    assert ("珠海高新技术产业开发区", "implementsPolicy", "促进集成电路产业发展若干政策措施") in facts


def test_central_bodies_counted_before_they_issue_together(tmp_path):
    # round 223: 今年2月,科技部、中宣部、文化部、国家新闻出版广电总局四部门联合下发《关于认定第二批国家级文化和科技融合示范基地的通知》
    text = "今年2月,科技部、中宣部、文化部、国家新闻出版广电总局四部门联合下发《关于认定第二批国家级文化和科技融合示范基地的通知》,认定广州高新区等18个为示范基地。"
    issuers = {o for s, p, o in facts_of(tmp_path, text) if p == "issuedBy"}
    assert {"科技部", "中宣部", "文化部", "国家新闻出版广电总局"} <= issuers


def test_zones_given_as_examples_leave_no_topic(tmp_path):
    # round 223 (工信部's bulletin on the national zones): 中关村新一代信息技术跻身万亿级产业集群,…武汉东湖光电子信息产业规模…占全国的20%、50%。
    # 量子信息、人形机器人、下一代互联网等未来产业已初步形成发展优势 (the national zones', no example's)
    text = ("2024年,国家高新区产业科技创新取得新突破。中关村新一代信息技术跻身万亿级产业集群,武汉东湖光电子信息产业规模占全国的50%。"
            "量子信息、人形机器人、下一代互联网等未来产业已初步形成发展优势。")
    sectors = {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    assert not sectors & {"人形机器人", "下一代互联网"}


def test_a_company_after_an_approval_verb_starts_after_it(tmp_path):
    # round 224: 同意核准包头市金蒙汇磁材料有限责任公司扩建5000吨稀土金属项目 (a region's approval of a project in 包头稀土高新区)
    text = ("经审查,该项目符合相关产业政策,同意核准包头市金蒙汇磁材料有限责任公司扩建5000吨稀土金属项目。"
            "建设地点:包头稀土高新区稀土应用产业园区包头市金蒙汇磁材料有限责任公司现有厂区内。")
    assert kinds(text, "Enterprise")[0] == "包头市金蒙汇磁材料有限责任公司"


def test_laws_a_zone_acts_on_are_issued_by_the_body_their_order_names(tmp_path):
    # round 224 (泸州高新区's notice of a plan's environmental review): 我单位委托…编制的《…报告书》…,依据《中华人民
    # 共和国环境影响评价法》和《环境影响评价公众参与办法》(生态环境部令部令第4号)的有关规定 — the laws are not the zone's own
    text = ("泸州高新区—机械装备产业园规划环境影响跟踪评价报告书公示。我单位委托四川省国环环境工程咨询有限公司编制的报告书目前已基本编制完成,"
            "依据《中华人民共和国环境影响评价法》和《环境影响评价公众参与办法》(生态环境部令部令第4号)的有关规定,现将报告书主要内容进行公示。")
    issued = {(s, o) for s, p, o in facts_of(tmp_path, text) if p == "issuedBy"}
    assert issued == {("环境影响评价公众参与办法", "生态环境部")}


def test_a_zones_count_of_listed_companies_is_no_company_of_its_own(tmp_path):
    # round 224 (科学网 on 中关村's listed firms): 目前中关村累计拥有上市公司224家,是我国上市公司最集聚的区域
    text = "报告显示,目前中关村累计拥有上市公司224家,是我国上市公司最集聚的区域。"
    assert not [m for m in kinds(text, "Enterprise") if m.startswith("中关村")]


def test_a_company_founded_then_said_to_be_a_subsidiary_is_its_owners(tmp_path):
    # round 224 (a 雪球 post on 金城医药's notice): 金城金素成立于2015年,是上市公司山东金城医药集团股份有限公司的控股子公司
    text = ("2022年2月24日,广东金城金素制药有限公司(以下简称“金城金素”)成功竞得健康基地园区内地块。"
            "金城金素成立于2015年,是上市公司山东金城医药集团股份有限公司的控股子公司,于2016年落户中山火炬开发区。")
    facts = facts_of(tmp_path, text)
    assert ("广东金城金素制药有限公司", "subOrganizationOf", "山东金城医药集团股份有限公司") in facts
    assert ("中山火炬高技术产业开发区", "hostsEnterprise", "山东金城医药集团股份有限公司") not in facts


def test_a_zones_park_after_a_dash_names_its_sector(tmp_path):
    # round 224 (泸州高新区's notice): 《泸州高新区—机械装备产业园、新能源新材料产业园规划环境影响跟踪评价报告书》
    text = "泸州高新区—机械装备产业园、新能源新材料产业园规划环境影响跟踪评价报告书公示。"
    sectors = {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    assert sectors == {"机械制造", "新能源新材料"}


def test_the_company_a_notice_calls_its_own_is_the_one_that_published_it(tmp_path):
    # round 221 (查股网 retelling 东风股份's notice): 烟标印刷龙头公司东风股份发布公告,…公司控股子公司盐城博盛新能源有限公司拟投资
    # 人民币20亿元,在盐城高新技术产业开发区内投资建设… — 公司 is 东风股份, which owns the unit
    text = ("2月9日晚间,烟标印刷龙头公司东风股份发布公告,基于公司对新能源等新型材料板块的战略规划,"
            "公司控股子公司盐城博盛新能源有限公司拟投资人民币20亿元,在盐城高新技术产业开发区内投资建设电池隔膜项目。")
    facts = facts_of(tmp_path, text)
    assert ("盐城博盛新能源有限公司", "subOrganizationOf", "东风股份") in facts
    assert ("盐城高新技术产业开发区", "hostsEnterprise", "盐城博盛新能源有限公司") in facts


def test_a_foreign_companys_china_arm_named_by_its_trade_is_the_arm(tmp_path):
    # round 222 (张江's list of firms back at work): 和黄医药、德琪医药、…、勃林格殷格翰中国生物制药、复宏汉霖、华道生物、GE医疗等
    text = "恢复生产生物医药企业:和黄医药、勃林格殷格翰中国生物制药、复宏汉霖、GE医疗等已先后在张江高新区实现员工重返办公地。"
    assert "勃林格殷格翰中国生物制药" in kinds(text, "Enterprise")
    assert "勃林格殷格翰" not in kinds(text, "Enterprise")


def test_a_coded_plan_named_at_its_launch_is_a_policy_the_zone_carries_out(tmp_path):
    # round 225 (江阴's site): 科技招商“510”三年行动计划启动 / 江阴高新区举行科技招商“510”三年行动计划启动仪式
    text = "科技招商“510”三年行动计划启动\n近日,江阴高新区举行科技招商“510”三年行动计划启动仪式,全面掀起“科技招商”新浪潮。"
    policies = {o for s, p, o in facts_of(tmp_path, text) if p == "implementsPolicy"}
    assert policies == {"科技招商“510”三年行动计划"}


def test_pairs_inside_the_items_of_a_cluster_list_make_one_cluster_each(tmp_path):
    # round 223 (珠海高新区's five years): 形成了软件和集成电路、生物医药和医疗器械、智能制造和机器人等特色产业集群
    text = "五年来,珠海高新区形成了软件和集成电路、生物医药和医疗器械、智能制造和机器人等特色产业集群。"
    clusters = {o for s, p, o in facts_of(tmp_path, text) if p == "hasCluster"}
    assert clusters == {"珠海高新区软件和集成电路产业集群", "珠海高新区生物医药和医疗器械产业集群", "珠海高新区智能制造和机器人产业集群"}
    # a 和 that only closes the list still parts three clusters
    text = "五年来,珠海高新区形成了电子信息、新材料和生物医药等特色产业集群。"
    assert len({o for s, p, o in facts_of(tmp_path, text) if p == "hasCluster"}) == 3


def test_a_firms_new_building_in_a_list_of_projects_names_the_firm(tmp_path):
    # round 223 (厦门火炬高新区's seven projects): 后者分别是星宸科技园、厦门唯恩电气翔安新厂房、思泰克科技园、同翔通用厂房二期项目
    text = ("火炬高新区包含3个开工项目和4个竣工项目,前者包括海辰锂电二期、火炬荟智空间二期,"
            "后者分别是星宸科技园、厦门唯恩电气翔安新厂房、同翔通用厂房二期项目。")
    assert ("厦门火炬高技术产业开发区", "hostsEnterprise", "厦门唯恩电气") in facts_of(tmp_path, text)


def test_a_groups_units_counted_by_tier_then_named_are_its_units(tmp_path):
    # round 226 (国药集团 in 光谷): 国药集团在光谷生物城内注册成立企业8家,其中一级子公司一家(国药工程)、二级子公司三家(国药器械、
    # 国控湖北、国药医工总院武汉分院)、三级子公司三家(国药中联、国药器械湖北公司、中科器武汉公司)
    text = ("国药集团多个核心业务落子武汉东湖高新区。截至目前,国药集团在光谷生物城内注册成立企业8家,其中一级子公司一家(国药工程)、"
            "二级子公司三家(国药器械、国控湖北、国药医工总院武汉分院)、三级子公司三家(国药中联、国药器械湖北公司)。")
    facts = facts_of(tmp_path, text)
    units = {s for s, p, o in facts if p == "subOrganizationOf" and o == "中国医药集团有限公司"}
    assert {"国药工程", "国控湖北", "国药中联"} <= units
    assert ("武汉东湖新技术开发区", "hostsEnterprise", "国药工程") in facts


def test_companies_a_group_is_said_to_hold_are_its_units_not_the_zones_firms(tmp_path):
    # round 226 (中国路面机械网 on 山重建机 in 济宁高新区): 山东重工集团成立于2009年6月18日,拥有潍柴动力、潍柴重机和山推股份三家
    # 上市公司 — and 这将是整个集团的一次战略性调整 names no company
    text = ("11日,山重建机有限公司在济宁高新区举行揭牌暨奠基仪式,这将是整个集团的一次战略性调整。"
            "据悉,山东重工集团成立于2009年6月18日,拥有潍柴动力、潍柴重机和山推股份三家上市公司。")
    facts = facts_of(tmp_path, text)
    assert ("山推股份", "subOrganizationOf", "山东重工集团有限公司") in facts
    hosted = {o for s, p, o in facts if p == "hostsEnterprise"}
    assert "山推股份" not in hosted and "整个集团" not in hosted and "山重建机有限公司" in hosted


def test_a_province_named_without_its_place_issues_the_title_after_it(tmp_path):
    # round 226 (陕西省科技厅's answer to a deputy): 2011年,省人民政府出台了《关于支持宝鸡加快建设关中--天水经济区副中心城市的意见》
    text = ("为支持宝鸡发展,2011年,省人民政府出台了《关于支持宝鸡加快建设关中--天水经济区副中心城市的意见》(陕政发〔2011〕53号)。"
            "这些项目和资金绝大多数落地在宝鸡高新区。")
    issued = {o for s, p, o in facts_of(tmp_path, text) if p == "issuedBy"}
    assert issued == {"省人民政府"}


def test_sinopharms_units_are_named_after_it(tmp_path):
    # round 226 (国药集团 in 光谷): 2021年国药中联全年营业收入达到5.4亿元; 重组成立国药动保 (data/enterprise_groups.csv);
    # round 28 (乐山高新区): 引进…国药控股,建设国药医药中心 — a centre the group builds, no unit
    text = "国药集团多个核心业务落子武汉东湖高新区。国药中联、国药工程等企业发展迅速。"
    assert ("国药中联", "subOrganizationOf", "中国医药集团有限公司") in facts_of(tmp_path, text)
    assert "国药医药中心" not in kinds("成功引进全国500强企业国药控股,建设国药医药中心。", "Enterprise")


def test_a_companys_arm_named_by_its_city_and_company_is_its_unit(tmp_path):
    # round 17 (天津滨海高新区's meeting): 中电光谷天津公司袁俊推介中电科创园项目; round 226: …三级子公司三家(…、中科器武汉公司)
    text = "天津海泰科技发展股份有限公司董事长刘超介绍了公司有关情况,中电光谷天津公司袁俊推介天津滨海高新区中电科创园项目。"
    facts = facts_of(tmp_path, text)
    assert ("中电光谷天津公司", "subOrganizationOf", "中电光谷") in facts
    assert "中科器武汉公司" in kinds("其中三级子公司三家（国药中联、国药器械湖北公司、中科器武汉公司）。", "Enterprise")


def test_a_roster_a_zone_entered_is_no_sector(tmp_path):
    # round 227 (西江日报 on 肇庆高新区): 肇庆高新区成功入选第二批企业创新积分制试点单位名录、智能网联新能源汽车产业集群成功入选…名单
    text = "2021年,肇庆高新区成功入选第二批企业创新积分制试点单位名录、智能网联新能源汽车产业集群成功入选2021年度创新型产业集群试点(培育)名单。"
    clusters = {o for s, p, o in facts_of(tmp_path, text) if p == "hasCluster"}
    assert clusters == {"肇庆高新区智能网联新能源汽车产业集群"}


def test_foreign_companies_in_general_are_no_company(tmp_path):
    # round 227 (长江日报 at 长飞 in 光谷): 生产出中国第一根量产光纤,打破了外国公司对中国光纤光缆市场的垄断
    assert kinds("长飞生产出中国第一根量产光纤,打破了外国公司对中国光纤光缆市场的垄断。", "Enterprise") == ["长飞"]


def test_a_project_before_a_joiner_opens_no_institutes_name(tmp_path):
    # round 227 (常州日报 on 常州高新区's first projects of 2019): …、高端医药及医疗器械项目、精密数控加工中心项目及华为云工业互联网创新中心项目
    text = "本次签约的7个项目分别是:高端医药及医疗器械项目、精密数控加工中心项目及华为云工业互联网创新中心项目。"
    assert kinds(text, "ResearchInstitute") == ["华为云工业互联网创新中心"]


def test_a_projects_own_name_in_quotes_names_no_investor(tmp_path):
    # round 227 (a 泰州 forum repost): 盛虹储能、“国能绿岛”、生物基高分子材料生产基地等百亿级项目相继签约落户
    text = "盛虹储能、“国能绿岛”、生物基高分子材料生产基地等百亿级项目相继签约落户泰州医药高新区。"
    assert not any("国能绿岛" in name for name in kinds(text, "Enterprise"))


def test_a_pictures_label_between_paragraphs_keeps_the_topic(tmp_path):
    # round 227 (中国发展网 on deputies in 衡阳高新区): …赴衡阳国家高新区,开展…专题调研。¶衡阳1¶调研组一行先后来到…,实地调研
    # 生物医疗、软件信息、文创产业建设和发展 (衡阳1: a picture's label; 生物医疗 and 软件信息: the taxonomy's labels too)
    text = ("中国发展网讯 12月7日,衡阳市人大常委会副主任段志刚率部分代表赴衡阳国家高新区,开展数字经济走廊建设情况专题调研。\n\n衡阳1\n\n"
            "调研组一行先后来到同祺生物科技园、丰家洲文创园等地,实地调研生物医疗、软件信息、文创产业建设和发展。")
    sectors = {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    assert {"生物医药", "软件和信息技术服务", "文化创意"} <= sectors


def test_one_character_and_he_opening_a_run_are_a_names(tmp_path):
    # round 228 (威海火炬高新区's site): 此次活动由区建设局、区应急管理中心主办,亿和精密工业(威海)有限公司、威海建设集团股份有限公司承办
    text = "此次活动由区建设局、区应急管理中心主办,亿和精密工业(威海)有限公司、威海建设集团股份有限公司承办。"
    assert "亿和精密工业(威海)有限公司" in kinds(text, "Enterprise")
    assert "华为技术有限公司" in kinds("高新区还与中兴合作,并和华为技术有限公司签约。", "Enterprise")


def test_a_centre_named_by_its_size_is_no_institute(tmp_path):
    # round 228 (长江日报 on 光谷's headquarters): 小米武汉科技园打造超大研发中心,木仓科技瞄准智能驾考
    assert kinds("小米武汉科技园打造超大研发中心,木仓科技瞄准智能驾考。", "ResearchInstitute") == []


def test_a_labs_own_partners_are_not_the_zones(tmp_path):
    # round 228 (新华社 on 天府锦城实验室 in 成都高新区): “实验室将以自身科研力量为‘核心承载’,与中国医学科学院、北京大学前沿交叉学院
    # 等科研院所共建‘研发基地’,推动重大科研项目和核心技术攻关。”
    text = ("近日,天府锦城实验室在成都高新区正式揭牌运行。“实验室将以自身科研力量为‘核心承载’,"
            "与中国医学科学院、北京大学前沿交叉学院等科研院所共建‘研发基地’,推动重大科研项目和核心技术攻关。”")
    partners = {o for s, p, o in facts_of(tmp_path, text) if p == "partnersWith"}
    assert partners == {"天府锦城实验室"}


def test_a_modern_food_processing_cluster_keeps_its_name(tmp_path):
    # round 228 (海口高新区's press conference): “4个百亿”即打造…和百亿级现代食品加工产业集群 (data/industries.ttl: 现代食品加工)
    text = "海口高新区“4个百亿”即打造百亿级节能环保产业集群、百亿级装备制造产业集群和百亿级现代食品加工产业集群。"
    clusters = {o for s, p, o in facts_of(tmp_path, text) if p == "hasCluster"}
    assert "海口高新区现代食品加工产业集群" in clusters


def test_a_districts_government_issues_and_a_short_action_plan_is_the_title_before(tmp_path):
    # round 228 (a 张江 sub-park's plan): 近日,上海黄浦区人民政府印发《张江高新区黄浦园改革创新发展行动方案(2025-2026 年)》。根据《行动方案》可知…
    text = ("近日,上海黄浦区人民政府印发《张江高新区黄浦园改革创新发展行动方案(2025-2026 年)》。"
            "根据《行动方案》可知,到 2026 年,园内企业研发经费支出占营收比重有新突破。")
    facts = facts_of(tmp_path, text)
    assert {(s, o) for s, p, o in facts if p == "issuedBy"} == {("张江高新区黄浦园改革创新发展行动方案（2025-2026年）", "上海黄浦区人民政府")}
    assert ("上海张江高新技术产业开发区", "implementsPolicy", "行动方案") not in facts


def test_a_party_committees_proposal_titled_on_its_page_is_a_policy(tmp_path):
    # round 228 (江海区's site): 中共江门高新区工委 中共江门市江海区委关于制定国民经济和社会发展第十四个五年规划和二○三五年远景目标的建议
    # ¶文章来源:本网 (two committees, a space between them, the page's source line run into the title)
    text = ("中共江门高新区工委 中共江门市江海区委关于制定国民经济和社会发展第十四个五年规划和二○三五年远景目标的建议\n\n"
            "文章来源:本网  更新时间:2021-03-02 15:33\n\n江高发〔2021〕1号\n\n“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。")
    issuers = {o for s, p, o in facts_of(tmp_path, text) if p == "issuedBy"}
    assert issuers == {"中共江门高新区工委", "中共江门市江海区委"}


def test_firms_a_firm_works_with_after_gen_are_its_partners(tmp_path):
    # round 229 (a 2021 review of 内江高新区): 公司负责人说,他们现有标签生产线年产能为8000万方,已跟巨腾、顺丰速运、达丰、纬创电脑、
    # 英业达等知名企业开展合作 — 跟 as 与: the firms it works with, not the zone's; and 巨腾, not 跟巨腾
    text = "乐鸿科技落户内江高新区。公司负责人说,他们现有标签生产线年产能为8000万方,已跟巨腾、顺丰速运、达丰、纬创电脑、英业达等知名企业开展合作。"
    assert "巨腾" in kinds(text, "Enterprise")
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert hosted == {"乐鸿科技"}


def test_a_groups_short_name_after_its_legal_name_is_the_same_company(tmp_path):
    # round 229 (荆楚网 on 大冶湖高新区's signing): 由上海国鼎建设工程发展集团有限公司投资26亿元的…项目…。签约仪式上,上海国鼎集团董事长张国雄…
    text = ("22日,黄石大冶湖高新技术产业开发区举行签约仪式,由上海国鼎建设工程发展集团有限公司投资26亿元的湖北智慧光电产业园项目,"
            "正式落户大冶湖高新区。签约仪式上,上海国鼎集团董事长张国雄高兴地说,我们一定能够解决前进路上的各种问题。")
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert hosted == {"上海国鼎建设工程发展集团有限公司"}


def test_a_groups_side_speaking_or_its_products_are_no_unit(tmp_path):
    # round 230 (荆楚网 on 联想 in 光谷): 联想方面透露,作为其移动互联全球“指挥部”…; …是联想手机及平板电脑全系产品“大后方”
    assert kinds("联想方面透露,作为其移动互联全球“指挥部”,武汉基地已在IT设备上投入9000余万元。", "Enterprise") == []
    assert kinds("武汉MIDH基地是联想手机及平板电脑全系产品“大后方”。", "Enterprise") == []


def test_the_firms_a_count_follows_after_ji_start_after_it(tmp_path):
    # round 230 (荆楚网): (记者李墨、通讯员杨烁、彭斯梦)继烽火、凯迪、富士康等6家企业后,第七艘“百亿航母”向光谷集结
    text = "荆楚网消息 (记者李墨、通讯员杨烁、彭斯梦)继烽火、凯迪、富士康等6家企业后,第七艘“百亿航母”向光谷集结。"
    assert kinds(text, "Enterprise")[0] == "烽火"


def test_a_joined_item_right_after_a_verb_and_its_particle_is_one_sector(tmp_path):
    # round 230 (a mirror of a 合肥 南岗科技园 feature): 初步形成了汽车及配套、家电及配套、现代物流三大特色产业集群
    text = "南岗科技园集聚了长安汽车、苏宁等知名行业龙头企业,初步形成了汽车及配套、家电及配套、现代物流三大特色产业集群。南岗科技园属合肥高新区。"
    assert "汽车及配套" in kinds(text, "Industry")


def test_a_known_name_ending_a_list_items_own_name_is_no_company(tmp_path):
    # round 223 (厦门 火炬高新区's projects): …、思泰克科技园、同翔通用厂房二期项目 — 思泰克's park, no 泰克科技 (Tektronix);
    # round 214 (昆山): 昆山高新区九豪应用材料、优德精密模具、…等6个项目 — 九豪's, no 应用材料 (Applied Materials)
    text = "火炬高新区4个竣工项目分别是星宸科技园、厦门唯恩电气翔安新厂房、思泰克科技园、同翔通用厂房二期项目。"
    assert "泰克科技" not in kinds(text, "Enterprise")
    text = "昆山高新区九豪应用材料、优德精密模具、友昌母婴用品、华龙电梯、罗克莱堆焊管件、天环冷链物流等6个项目开工建设。"
    assert "应用材料" not in kinds(text, "Enterprise")
    # a place, a country or a word before it keeps it: 、日本东芝, 园区内阳光电源, 、以稳健医疗为代表的…
    assert "东芝" in kinds("其中包括徐工集团、中国机械集团、中集集团、日本东芝以及芬兰卡特比勒公司。", "Enterprise")
    assert "阳光电源" in kinds("目前,该园区内阳光电源逆变器、华米科技可穿戴设备出货量居全球第一。", "Enterprise")
    assert "稳健医疗" in kinds("以伊利乳业为代表的食品饮料、以稳健医疗为代表的医用纺织两大主导产业。", "Enterprise")


def test_what_is_done_with_the_leading_firms_is_no_firm(tmp_path):
    # round 213 (无锡产业信息, 2024): 高新区,无锡生物医药产业发展的主阵地,深耕28年,逐步探索出一条与龙头企业共谋发展、多方共赢的…模式
    text = "高新区,无锡生物医药产业发展的主阵地,深耕28年,逐步探索出一条与龙头企业共谋发展、多方共赢的创新生态圈发展模式。"
    assert kinds(text, "Enterprise") == []


def test_qi_before_a_companys_headquarters_points_back_to_the_company(tmp_path):
    # round 231 (中国化工报 on 霍尼韦尔 in 光谷): 近日,霍尼韦尔在武汉启动其新兴市场中国总部及创新中心 — 其 is 霍尼韦尔, no 其新兴市场
    assert kinds("近日,霍尼韦尔在武汉启动其新兴市场中国总部及创新中心,充分诠释霍尼韦尔在中国长期发展的承诺。", "Enterprise") == [
        "霍尼韦尔", "霍尼韦尔"]


def test_an_officer_named_after_the_title_reporting_on_the_lab_names_no_lab(tmp_path):
    # round 231 (科技日报 on 天府锦城实验室): …天府锦城实验室(前沿医学中心)执行主任彭勇就实验室建设进行汇报
    text = "四川大学生物治疗国家重点实验室教授、天府锦城实验室(前沿医学中心)执行主任彭勇就实验室建设进行汇报。"
    assert kinds(text, "ResearchInstitute") == ["四川大学生物治疗国家重点实验室", "天府锦城实验室"]


def test_a_company_set_up_by_another_in_a_place_is_its_unit(tmp_path):
    # round 231 (中国化工报): 3月21日,得益于政府支持,霍尼韦尔在光谷注册成立了霍盛工业科技有限责任公司,作为公司在华新兴市场总部
    text = "3月21日,得益于政府支持,霍尼韦尔在光谷注册成立了霍盛工业科技有限责任公司,作为公司在华新兴市场总部。"
    assert ("霍盛工业科技有限责任公司", "subOrganizationOf", "霍尼韦尔") in facts_of(tmp_path, text)
    # two founders in a place set up a joint venture, no unit of the one next to it
    text = "华为与比亚迪在光谷投资成立了武汉华比科技有限公司。"
    assert not {f for f in facts_of(tmp_path, text) if f[1] == "subOrganizationOf"}


def test_a_sector_the_taxonomy_knows_whole_with_its_joiner_counts_as_known_in_a_list(tmp_path):
    # round 215 (合肥高新区's 2019 support rules): 现代服务业包括金融服务、总部经济、商务服务、节能环保服务、软件与信息服务、
    # 科技服务、文化创意、教育等项目 — 软件与信息服务 is a label whole (软件 alone is none): two unknown items of eight
    text = "合肥高新区现代服务业包括金融服务、总部经济、商务服务、节能环保服务、软件与信息服务、科技服务、文化创意、教育等项目。"
    sectors = {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    assert {"金融服务", "总部经济", "科技服务", "文化创意"} <= sectors


def test_tourism_and_leisure_is_a_sector_but_bare_tourism_is_not(tmp_path):
    # round 212 (长春净月高新区's trade fair): 签约项目辐射科技创新、文化创意、金融服务、旅游休闲、云数据等多个领域
    text = "长春净月高新区经贸洽谈会现场签约16个项目,签约项目辐射科技创新、文化创意、金融服务、旅游休闲、云数据等多个领域。"
    sectors = {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    assert {"文化创意", "金融服务", "旅游休闲"} <= sectors
    # round 28 (湖州莫干山高新区): a resort is named with 旅游, no sector
    assert "旅游" not in " ".join(kinds("莫干山国际旅游度假区成立,打造全球地理信息特色小镇。", "Industry"))


def test_the_firms_something_came_after_end_before_zhihou(tmp_path):
    # round 213 (厦门火炬高新区's 2017 review): 是继戴尔、友达光电、宸鸿科技、联想移动、冠捷之后,高新区第6家百亿元产值企业
    text = "高新区企业达运精密(厦门)有限公司全年产值突破100亿元,是继戴尔、友达光电、宸鸿科技、联想移动、冠捷之后,厦门火炬高新区第6家百亿元产值企业。"
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert "冠捷" in hosted and "冠捷之后" not in hosted


def test_a_ranking_of_a_hundred_opens_no_name(tmp_path):
    # round 213 (南昌高新区's review): 引进了…及台湾百大企业英华达、国内软件百强中兴、用友软件等知名企业入驻 — 中兴, not 软件百强中兴
    text = "南昌高新区引进了台湾百大企业英华达、国内软件百强中兴、用友软件等知名企业入驻。"
    assert "中兴" in kinds(text, "Enterprise")


def test_a_groups_unit_before_its_projects_capacity_and_an_investors_verb(tmp_path):
    # round 219 (渭南高新区, 2023): …动员会暨中粮粮谷年产90万吨小麦深加工及仓储物流项目开工仪式在高新区举行 — 中粮粮谷, 中粮's unit
    text = "渭南市重点项目集中开工动员会暨中粮粮谷年产90万吨小麦深加工及仓储物流项目开工仪式在渭南高新区举行。"
    facts = facts_of(tmp_path, text)
    assert ("渭南高新技术产业开发区", "hostsEnterprise", "中粮粮谷") in facts
    assert ("中粮粮谷", "subOrganizationOf", "中粮集团有限公司") in facts
    # what the investor does to the project is no part of its name (not 海尔拟建, 中粮新上); nor a clause's subject and adverb
    hosted = {o for s, p, o in facts_of(tmp_path, "海尔拟建年产10万吨项目落户西安高新区。") if p == "hostsEnterprise"}
    assert hosted == {"海尔集团公司"}
    assert kinds("中粮新上年产10万吨项目落户西安高新区。", "Enterprise") == ["中粮"]
    assert kinds("第一条生产线已经投产,未来园区还将建设10GWh储能电池项目,总投资高达68亿元。", "Enterprise") == []


def test_the_group_whose_plant_in_china_the_firm_is_is_its_parent_not_hosted(tmp_path):
    # round 229 (a mirror of a 合肥 南岗科技园 feature): 园区内的大陆马牌轮胎(中国)有限公司,是德国大陆集团在华投资的首个全外资轮胎生产基地
    text = "合肥高新区南岗科技园内的大陆马牌轮胎(中国)有限公司,是德国大陆集团在华投资的首个全外资轮胎生产基地。"
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert hosted == {"大陆马牌轮胎（中国）有限公司"}


def test_the_companies_a_company_buys_are_its_units(tmp_path):
    # round 221 (a 2023 stock-news retelling, Traditional script): 6月19日晚,高新發展(000628.SZ)發佈關於現金收購成都森未科技
    # 有限公司和成都高投芯未半導體有限公司控股權暨關聯交易的公告 — both bought are 高新发展's
    text = "6月19日晚,高新发展(000628.SZ)发布关于现金收购成都森未科技有限公司和成都高投芯未半导体有限公司控股权暨关联交易的公告。"
    units = {(s, o) for s, p, o in facts_of(tmp_path, text) if p == "subOrganizationOf"}
    assert units == {("成都森未科技有限公司", "高新发展"), ("成都高投芯未半导体有限公司", "高新发展")}
    # a part of a company bought makes no unit of it
    assert not {f for f in facts_of(tmp_path, "华为收购了深圳海思科技有限公司的部分股权。") if f[1] == "subOrganizationOf"}


def test_the_company_referred_back_as_anothers_unit_is_the_one_named_before(tmp_path):
    # round 226 (中国路面机械网, 2010): 11日,山重建机有限公司在济宁高新区举行揭牌暨奠基仪式。据了解,该公司是山东重工集团的全资子公司
    text = "11日,山重建机有限公司在济宁高新区举行揭牌暨奠基仪式。据了解,该公司是山东重工集团的全资子公司,注册资金达5.8亿元。"
    assert ("山重建机有限公司", "subOrganizationOf", "山东重工集团有限公司") in facts_of(tmp_path, text)
    # round 222 (常州高新区): …调研了蒂森克虏伯转向系统(常州)有限公司,公司隶属于蒂森克虏伯集团
    text = "孟华婷一行首先调研了蒂森克虏伯转向系统(常州)有限公司,公司隶属于蒂森克虏伯集团,是世界500强蒂森克虏伯的全资子公司。"
    assert ("蒂森克虏伯转向系统（常州）有限公司", "subOrganizationOf", "蒂森克虏伯集团") in facts_of(tmp_path, text)


def test_catarcs_and_minmetals_units_carry_their_short_names(tmp_path):
    # round 217 (武进国家高新区): 中汽研汽车检验中心(常州)有限公司 — a unit of 中国汽车技术研究中心 (中汽研), as its name says
    text = "中汽研汽车检验中心(常州)有限公司落户武进国家高新区。"
    assert ("中汽研汽车检验中心（常州）有限公司", "subOrganizationOf", "中国汽车技术研究中心有限公司") in facts_of(tmp_path, text)


def test_a_bureau_named_after_a_sector_names_no_sector(tmp_path):
    # round 228 (光明网 on 天府锦城实验室): 据成都高新区生物产业局相关负责人介绍,… — the zone's bureau, no sector of it
    text = "据成都高新区生物产业局相关负责人介绍,天府锦城实验室以本领域知名科学家为核心,建设一流研究平台。"
    assert not {f for f in facts_of(tmp_path, text) if f[1] == "hasIndustry"}
    # nor a list of bureaus (round 220: 电子信息产业局、生物产业局、新经济局、经济运行局等部门审核)
    text = "经成都高新区电子信息产业局、生物产业局、新经济局、经济运行局等部门审核,现将名单予以公示。"
    assert not {f for f in facts_of(tmp_path, text) if f[1] == "hasIndustry"}


def test_the_links_of_a_chain_ranged_before_it_are_no_sectors(tmp_path):
    # round 232 (湖北日报, 2026): …形成了从芯片设计、材料、设备到晶圆制造、封装测试的完整产业链 — the chain's links, no sectors of 光谷
    text = "如今,300多家芯片相关企业在光谷聚集,形成了从芯片设计、材料、设备到晶圆制造、封装测试的完整产业链。"
    assert not {f for f in facts_of(tmp_path, text) if f[1] == "hasIndustry"}
    # round 17 (长治): the chain's own sector, after 的, is the zone's
    text = "长治高新区构建了从芯片、硬盘、主板生产到系统集成、整机制造的完整信创产业链。"
    assert {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"} == {"信息技术应用创新"}


def test_the_area_a_listed_project_is_in_opens_no_investor(tmp_path):
    # round 214 (昆山's 2019 projects): 昆山开发区国显光电、东部热电联产、…等5个项目开工建设; 张浦镇春秋电子、…
    text = "昆山开发区国显光电、东部热电联产、顺大咖啡、哈工大机器人产业基地、日世冰淇淋等5个项目开工建设,累计总投资83.94亿元。"
    found = kinds(text, "Enterprise")
    assert "国显光电" in found and not any(name.startswith("昆山开发区") for name in found)
    assert "春秋电子" in kinds("张浦镇春秋电子、门对门电子、温德姆酒店等3个项目开工。", "Enterprise")


def test_a_graded_sector_park_among_the_zones_goals_is_its_sector(tmp_path):
    # round 216 (内江高新区's plan): 确保“十四五”末,建成百强国家高新区、百亿级电子信息产业园、百亿级现代服务产业园
    text = "内江高新区确保“十四五”末,建成百强国家高新区、百亿级电子信息产业园、百亿级现代服务产业园。"
    assert {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"} == {"电子信息", "现代服务业"}


def test_modern_finance_is_financial_services(tmp_path):
    # round 229 (内江高新区 review): 高桥园区打造以科技服务和现代金融为主的现代服务业产业体系
    text = "内江高新区高桥园区打造以科技服务和现代金融为主的现代服务业产业体系。"
    assert "金融服务" in {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}


def test_a_titles_entry_in_a_compilations_contents_is_a_policy(tmp_path):
    # round 214 (杭州高新区(滨江)产业发展政策精编, its contents): 关于促进领军企业跨越发展的实施意见 .............................. 21
    # (and a title the layout broke over two lines: 关于打造…加快世界一流高科技园区的\n\n若干政策意见 .....1)
    text = ("杭州高新区(滨江)产业发展政策精编\n\n目 录一、区“1+X”产业政策文件 ............ 1关于打造数字经济和新制造业发展"
            "“双引擎” 加快世界一流高科技园区的若干政策意见 ..........1关于促进领军企业跨越发展的实施意见 ........ 21"
            "关于推进企业上市和并购重组的实施意见............................... 25\n")
    policies = {o for s, p, o in facts_of(tmp_path, text) if p == "implementsPolicy"}
    assert {"关于促进领军企业跨越发展的实施意见", "关于推进企业上市和并购重组的实施意见",
            "关于打造数字经济和新制造业发展“双引擎”加快世界一流高科技园区的若干政策意见"} <= policies


def test_te_yao_opens_no_name(tmp_path):
    # round 233 (中山市健康基地集团's news, 2023): …通过实地参观学习、…等五项内容展开互访,特邀天马精密、草晶华、中智连锁…等园区企业工会共同举办
    text = "此次企业间工会互访活动以“互学共进促发展”为主题,特邀天马精密、草晶华、中智连锁、乐心医疗等园区企业工会共同举办。"
    assert "天马精密" in kinds(text, "Enterprise")


def test_a_sectors_centre_in_a_list_of_firms_is_no_firm(tmp_path):
    # round 233 (中山市健康基地集团's news): 特邀天马精密、草晶华、中智连锁、广东众智达、大数据中心、迪兴·德宝怡高…等园区企业工会共同举办
    text = "特邀天马精密、草晶华、中智连锁、广东众智达、大数据中心、乐心医疗等园区企业工会共同举办。"
    found = kinds(text, "Enterprise")
    assert "广东众智达" in found and "大数据中心" not in found


def test_a_policys_quoted_number_is_the_title_holding_it(tmp_path):
    # round 233 (怀化高新区's newsletter 95): 怀化高新区“新五条”措施出台为企业输血补气 / …带着刚刚出台的《怀化高新区2022年助企纾困
    # “新五条”措施》,来到金升阳(怀化)科技有限公司 — the headline's nickname is the title, one policy
    text = ("怀化高新区“新五条”措施出台为企业输血补气\n11月21日,怀化高新区产业发展局工作人员带着刚刚出台的《怀化高新区2022年助企纾困"
            "“新五条”措施》,来到金升阳(怀化)科技有限公司。据了解,“新五条”在原《怀化高新区2022年助企纾困十条措施》的基础上新增了内容。")
    policies = {o for s, p, o in facts_of(tmp_path, text) if p == "implementsPolicy"}
    assert "怀化高新区2022年助企纾困“新五条”措施" in policies and not any(p.endswith("“新五条”") for p in policies)


def test_a_list_of_pairs_makes_one_sector_of_each_pair(tmp_path):
    # round 223 (珠海高新区's five years): 形成了软件和集成电路、生物医药和医疗器械、智能制造和机器人等特色产业集群 — the sectors
    # are the pairs, as the clusters are (not 生物医药, 医疗器械, 智能制造, 机器人)
    text = "五年来,珠海高新区形成了软件和集成电路、生物医药和医疗器械、智能制造和机器人等特色产业集群。"
    sectors = {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}
    assert sectors == {"集成电路与软件", "医疗器械及生物医药", "智能制造和机器人"}
    # a compound label alone in a list of single sectors is still its two sectors (no count, no pairs)
    text = "珠海高新区重点发展生物医药和医疗器械、新材料、新能源等产业。"
    assert "医疗器械及生物医药" not in {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}


def test_a_place_word_before_gongsi_names_no_company(tmp_path):
    # round 234 (张江杯 basketball league, 2023): 篮球是一项体现团队协作精神的运动,在活动中公司的凝聚力也越来越强
    text = "上海张江高新区。参赛团队表示,篮球是一项体现团队协作精神的运动,在活动中公司的凝聚力也越来越强。"
    assert kinds(text, "Enterprise") == []


def test_a_field_in_latin_letters_is_no_company_owning_the_centre(tmp_path):
    # round 234 (天府软件园's 2023 league): …在天府软件园、AI创新中心、瞪羚谷三大赛区圆满落幕 — AI is a field, no company
    text = "成都高新区2023天府软件园篮球联赛在天府软件园、AI创新中心、瞪羚谷三大赛区圆满落幕。IBM研发中心落户成都高新区。"
    parents = {(s, o) for s, p, o in facts_of(tmp_path, text) if p == "subOrganizationOf"}
    assert parents == {("IBM研发中心", "IBM")}


def test_the_teams_of_a_firms_contest_name_their_firms(tmp_path):
    # round 234 (益阳高新区's 2020 firms' basketball league): 分别是三一中阳代表队、科力远代表队、信维声学代表队、…、
    # 益阳青创基地代表队和高新区干职工代表队 — the firms' teams, not the site's nor the zone's staff
    text = ("益阳高新区园区企业男子篮球联谊赛开幕。此次比赛共有8支队伍报名参赛,分别是三一中阳代表队、科力远代表队、信维声学代表队、"
            "国联食品代表队、光大环保代表队、屹林材料代表队、益阳青创基地代表队和高新区干职工代表队。")
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert {"三一中阳", "信维声学", "国联食品", "光大环保", "屹林材料"} <= hosted
    assert not any("基地" in name or "职工" in name for name in hosted)


def test_a_museum_named_with_a_known_companys_words_is_no_company(tmp_path):
    # round 234 (湖北日报 on 光谷's 引才专列): …接着开启活动第一站——参观中国建筑科技馆 — a museum, not 中国建筑 (CSCEC)
    text = "光谷引才专列开行,学子们接着开启活动第一站——参观中国建筑科技馆。"
    assert kinds(text, "Enterprise") == []


def test_one_character_and_he_after_a_preposition_of_place_open_the_name(tmp_path):
    # round 235 (威海高新区's 党建链 news, 2022): 在亿和精密工业(威海)有限公司,党支部正在召开党员大会 — 亿和…, not 精密工业…
    text = "威海高新区。在亿和精密工业(威海)有限公司,党支部正在召开党员大会。"
    assert kinds(text, "Enterprise") == ["亿和精密工业(威海)有限公司"]


def test_the_party_branches_of_firms_listed_name_the_firms(tmp_path):
    # round 235 (湘潭日报, 2024): …分别与家家美党支部、力合党支部、重药控股湖南民生药业党支部、崇德科技党支部、健车行汽车服务党支部、
    # 万达商圈党总支等12个企业党组织结对共建 — the firms, not the business district
    text = ("活动现场,湘潭高新区纪检监察党支部等9个机关党组织,分别与家家美党支部、力合党支部、重药控股湖南民生药业党支部、"
            "崇德科技党支部、健车行汽车服务党支部、万达商圈党总支等12个企业党组织结对共建。")
    found = kinds(text, "Enterprise")
    assert {"家家美", "力合", "崇德科技", "健车行汽车服务"} <= set(found)
    assert not any("商圈" in name or "监察" in name for name in found)


def test_one_pair_right_after_the_zones_name_makes_one_cluster(tmp_path):
    # round 235 (威海高新区's 党建链 news): 威海高新区电子信息与智能制造产业集群,通过组建产业链党建联盟… — one cluster of both sectors
    text = "威海高新区电子信息与智能制造产业集群,通过组建产业链党建联盟,强化产业链党建工作。"
    facts = facts_of(tmp_path, text)
    assert {o for s, p, o in facts if p == "hasCluster"} == {"威海火炬高新区电子信息与智能制造产业集群"}
    assert {o for s, p, o in facts if p == "clusterIndustry"} == {"电子信息", "智能制造"}


def test_the_fields_a_firms_products_are_used_in_are_no_sectors_of_the_zone(tmp_path):
    # round 235 (国际风力发电网 on 中材科技 in 中关村延庆园): …业务产品紧扣新能源、航空航天、节能减排等应用领域
    text = ("4月20日,北京市延庆区与中材科技在中关村延庆园签署战略合作框架协议,推进区域高质量发展。\n"
            "中材科技隶属于中国建材集团,是我国特种纤维复合材料领域集研发、设计、产品制造与销售于一体的高新技术企业。"
            "业务产品紧扣新能源、航空航天、节能减排等应用领域。")
    assert not {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"} & {"航空航天", "新能源"}


def test_a_known_companys_unit_named_by_its_city_is_its_unit(tmp_path):
    # round 235 (常熟高新区's 2023 green factories): …、常熟生益科技有限公司、… — 广东生益科技股份有限公司's unit in 常熟
    text = "常熟高新区新增5家省级绿色工厂,分别是大陆汽车系统(常熟)有限公司、常熟生益科技有限公司、常熟建华模具科技股份有限公司。"
    parents = {(s, o) for s, p, o in facts_of(tmp_path, text) if p == "subOrganizationOf"}
    assert parents == {("常熟生益科技有限公司", "广东生益科技股份有限公司")}
    # round 14 (荣昌): a company named like a brand the tables know only by its brand is perhaps that company itself
    text = "重庆华森制药有限公司落户荣昌高新区。"
    assert not {f for f in facts_of(tmp_path, text) if f[1] == "subOrganizationOf"}


def test_a_unit_of_a_joint_stock_group_named_alike_on_the_page(tmp_path):
    # round 235 (阜新高新区's news, 2022): 嘉寓氢能气体(辽宁)有限公司是高新区重点氢能企业,…创下嘉寓股份集团投资项目建设最快速度
    text = ("4月7日,阜新高新区管委会主任徐立东到嘉寓氢能气体(辽宁)有限公司调研。他表示,嘉寓氢能气体(辽宁)有限公司是高新区重点氢能企业,"
            "从签约到投产仅用5个月,创下嘉寓股份集团投资项目建设最快速度。")
    assert ("嘉寓氢能气体（辽宁）有限公司", "subOrganizationOf", "嘉寓股份集团") in facts_of(tmp_path, text)


def test_a_legal_name_alone_on_its_line_before_a_blank_line_is_an_item(tmp_path):
    # round 236 (杭州高新区(滨江)'s 科技教育大联盟, 2022): the roll of its member firms, one per line with blank lines between:
    # 杭州万色蜜园蜂业有限公司 / 浙江小虫科技有限公司 / 少年工程院成立 — not one run of words
    text = ("现场为首批16家联盟企业授牌。高新区(滨江)。\n\n杭州中天模型有限公司\n\n浙江田螺云厨科技有限公司\n\n"
            "杭州万色蜜园蜂业有限公司\n\n浙江小虫科技有限公司\n\n少年工程院成立\n\n")
    hosted = {o for s, p, o in facts_of(tmp_path, text) if p == "hostsEnterprise"}
    assert {"杭州万色蜜园蜂业有限公司", "浙江小虫科技有限公司"} <= hosted


def test_pin_ren_opens_no_name(tmp_path):
    # round 236 (杭州高新区(滨江)): 少年工程院揭牌,聘任浙江宇视科技有限公司董事长张鹏国先生为“少年工程院”名誉院长
    text = "少年工程院揭牌,聘任浙江宇视科技有限公司董事长张鹏国先生为“少年工程院”名誉院长。"
    assert kinds(text, "Enterprise") == ["浙江宇视科技有限公司"]


def test_an_officers_title_before_an_institutes_name_is_no_part_of_it(tmp_path):
    # round 236 (杭州高新区(滨江)): a caption's last words run into the next: …为“少年工程院”名誉院长 / 少年工程院“首席科学家”
    text = "聘任浙江宇视科技有限公司董事长张鹏国先生为“少年工程院”名誉院长少年工程院“首席科学家”"  # (the lines, joined)
    assert all(not name.startswith("名誉院长") for name in kinds(text, "ResearchInstitute"))


def test_fields_joined_inside_a_branch_colleges_name(tmp_path):
    # round 236 (杨凌职业技术学院's news, 2018): 杨凌职业技术学院药物与化工分院负责人介绍技术服务和人才培养等方面的情况
    text = "杨凌示范区召开生物医药企业会议。杨凌职业技术学院药物与化工分院负责人介绍技术服务和人才培养等方面的情况。"
    assert kinds(text, "ResearchInstitute") == ["杨凌职业技术学院药物与化工分院"]


def test_a_visited_companys_site_named_by_the_zones_place_is_the_zones(tmp_path):
    # round 236 (杨凌职业技术学院's news, 2018): 大家一同考察观摩了…、步长制药杨凌医药产业基地、陕西东科制药有限责任公司 — 步长制药's base in
    # 杨凌, visited there, not a firm courted from elsewhere
    text = ("杨凌示范区管委会举办企业会议。首先,大家一同考察观摩了陕西郝其军制药股份有限公司、步长制药杨凌医药产业基地、"
            "陕西东科制药有限责任公司,各公司负责人介绍了情况。")
    assert ("杨凌农业高新技术产业示范区", "hostsEnterprise", "步长制药") in facts_of(tmp_path, text)


def test_ping_ding_opens_no_name(tmp_path):
    # round 237 (苏州高新区's 2022 notice): …评审,拟评定苏州速迈医学科技股份有限公司等30家企业为“…劳动关系和谐先进企业”
    text = "经苏州高新区各成员单位评审,拟评定苏州速迈医学科技股份有限公司等30家企业为“苏州高新区(虎丘区)劳动关系和谐先进企业”。"
    assert kinds(text, "Enterprise") == ["苏州速迈医学科技股份有限公司"]


def test_yi_inside_a_legal_name_after_its_city_is_the_names_own(tmp_path):
    # round 237 (柳州晚报, 2018): 获得2017年“柳东工匠”的有:…;柳州一阳科技有限公司总经理吴振国;… — a firm named 一阳, not "a tech firm
    # of 柳州" (光谷一科技公司 still is one)
    assert kinds("获得“柳东工匠”的有:柳州一阳科技有限公司总经理吴振国;柳州凌云汽车零部件有限公司技术员魏长庚。", "Enterprise")[0] == "柳州一阳科技有限公司"
    assert kinds("光谷一科技公司近日获得融资。", "Enterprise") == []


def test_industrial_tourism_is_tourism(tmp_path):
    # round 238 (中山日报, 2020): 火炬区旅游发展以工业旅游为主、生态文化旅游为辅
    text = "中山火炬开发区旅游发展以工业旅游为主、生态文化旅游为辅。"
    assert "旅游休闲" in {o for s, p, o in facts_of(tmp_path, text) if p == "hasIndustry"}


def test_a_college_named_after_a_sector_names_no_sector(tmp_path):
    # round 238 (河源理工学校's news, 2025): 河源理工学校与乔丰科技…共建的智能制造产业学院…揭牌仪式在市高新区乔丰科技…举行
    text = "2025年9月16日上午,河源理工学校与乔丰科技实业有限公司共建的智能制造产业学院揭牌仪式在河源国家高新区举行。"
    assert not {f for f in facts_of(tmp_path, text) if f[1] == "hasIndustry"}


def test_a_deans_meeting_after_a_body_is_no_person_of_it(tmp_path):
    # round 238 (襄阳职业技术学院's news, 2021): 襄阳职业技术学院与高新技术产业开发区共建的先进制造产业学院第二次院长联席会在…召开
    text = "2021年6月1日下午,襄阳职业技术学院与襄阳高新区共建的先进制造产业学院第二次院长联席会在湖北新华光信息材料有限公司召开。"
    assert ("襄阳高新技术产业开发区", "partnersWith", "先进制造产业学院") in facts_of(tmp_path, text)


def test_a_firm_named_after_the_zones_firms_head(tmp_path):
    # round 229 (唐山高新区, 2020): 区内企业亚特重工第一时间对疫情防控期间生产运行和安全生产进行安排部署
    text = "唐山高新区。复工复产企业也开足马力加速生产。区内企业亚特重工第一时间对疫情防控期间生产运行和安全生产进行安排部署。"
    assert ("唐山高新技术产业开发区", "hostsEnterprise", "亚特重工") in facts_of(tmp_path, text)
    # round 21 (潜江): an adverb after a head opens no name (金澳科技、孚诺林等龙头企业也在积极推动技术改造)
    assert "也在" not in kinds("潜江高新区金澳科技、孚诺林等龙头企业也在积极推动技术改造。", "Enterprise")


def test_the_founders_of_a_joint_venture_are_not_the_zones_firms(tmp_path):
    # round 222 (电池工业网 on 攀枝花钒钛高新区, 2023): …当升蜀道(攀枝花)新材料有限公司,是三元材料巨头当升科技与四川国企蜀道矿业集团成立的
    # 合资公司。公司成立于2023年1月,注册资本10亿元,当升科技与蜀道矿业集团分别持股51%、49%
    text = ("项目位于攀枝花钒钛高新区。项目建设方——当升蜀道(攀枝花)新材料有限公司,是三元材料巨头当升科技与四川国企蜀道矿业集团成立的合资公司。"
            "公司成立于2023年1月,注册资本10亿元,当升科技与蜀道矿业集团分别持股51%、49%。")
    hosted = _hosted(tmp_path, text)
    assert "蜀道矿业集团" not in hosted and "当升蜀道（攀枝花）新材料有限公司" in hosted


def test_the_youth_league_branches_of_firms_listed_name_the_firms(tmp_path):
    # the rule of the firms' teams and party branches (round 235) reads youth-league branches too, also on a page
    # that writes no 党: the guard before it asked for 代表队 or 党, so 团支部 alone was never read
    text = "团区委组织家家美团支部、力合团支部、崇德科技团支部等12个企业团组织结对共建。"
    assert {"家家美", "力合", "崇德科技"} <= set(kinds(text, "Enterprise"))


def test_firms_whose_party_branches_pair_with_the_zones_organs_are_the_zones(tmp_path):
    # round 235 (湘潭日报, 2023): 湘潭高新区纪检监察党支部等9个机关党组织,分别与家家美党支部、力合党支部、…等12个企业党组织结对共建
    text = ("5月16日,湘潭高新区举行机关党组织和两新党组织结对共建启动仪式。活动现场,湘潭高新区纪检监察党支部等9个机关党组织,"
            "分别与家家美党支部、力合党支部、崇德科技党支部、健车行汽车服务党支部等12个企业党组织结对共建。")
    hosted = _hosted(tmp_path, text)
    assert {"家家美", "力合", "崇德科技"} <= hosted


def test_sectors_listed_as_the_citys_are_not_the_zones(tmp_path):
    # round 239 (荆门's 揭榜挂帅 event, 2023): …重点聚焦化工、新能源新材料、智能装备制造、生物医药及农产品加工等市重点产业领域
    text = ("荆门高新区7家发榜企业均与揭榜高校牵手成功。“百家团队荆来揭”活动是揭榜挂帅科技攻关项目的重要环节,重点聚焦化工、"
            "新能源新材料、智能装备制造、生物医药及农产品加工等市重点产业领域,针对行业的断点、卡点、堵点问题,广泛征集企业技术需求。")
    assert not _industries(tmp_path, text)


def test_in_time_for_the_company_names_no_company(tmp_path):
    # round 239 (海口 after typhoon 摩羯, 2024): …服务专员…及时为公司解决了水电供应问题: 及时 (in time), not 及 + a firm 时为
    text = "海口国家高新区服务专员第一时间上门,及时为公司解决了水电供应问题,现在办公区域网络已经恢复。"
    assert not kinds(text, "Enterprise")


def test_a_name_ending_in_gaoke_is_a_firms(tmp_path):
    # round 239 (燕郊高新区, 2021): 通过政府收储原低效用地再出让,中南高科通过挂牌出让的方式取得土地 (高科 as a firm's ending:
    # 中南高科, 兴远高科; not 高科技, 高科园)
    text = "燕郊高新区采取政府搭建平台二次招商的方式引入优质资源,中南高科通过挂牌出让的方式取得土地。"
    assert ("燕郊高新技术产业开发区", "hostsEnterprise", "中南高科") in facts_of(tmp_path, text)
    assert not kinds("燕郊高新区大力发展高科技产业,建设高科园。", "Enterprise")


def test_a_media_groups_byline_names_no_firm_of_the_zone(tmp_path):
    # round 239 (中山网 on 中山火炬高新区's 创新挑战赛, 2020): the item closes with its byline, ◆中山日报报业集团新媒体中心◆文+/见习记者
    text = ("第五届中国创新挑战赛(广东˙中山火炬)现场赛在中山火炬开发区举行。此次挑战赛共促成双方合作对接意向85项。\n\n"
            "◆中山日报报业集团新媒体中心\n◆文+/见习记者 陈雪琴")
    assert not _hosted(tmp_path, text)


def test_a_projects_measures_before_a_list_are_no_firms():
    # round 240 (潍坊高新融媒, 2024): 全力推动总投资92亿元、总占地1400亩的联东U谷、启迪加速器、新蓝环保和力创科技园4个项目
    text = "全力推动总投资92亿元、总占地1400亩的联东U谷、启迪加速器、新蓝环保和力创科技园4个项目,全要素保障力创科技园一期全部投产达效。"
    assert not {"总投资", "总占地"} & set(kinds(text, "Enterprise"))


def test_a_provinces_labs_named_by_the_province_alone_are_a_kind(tmp_path):
    # round 240 (新京报 on 光谷's 35 years, 2023): 以大科学装置、湖北实验室、国家创新中心、新型研发机构为基石的战略科技力量矩阵
    # (湖北实验室: the province's labs as a kind, the list's other items kinds as well)
    text = "目前,中国光谷初步建立了以大科学装置、湖北实验室、国家创新中心、新型研发机构为基石的战略科技力量矩阵。"
    assert not [o for s, p, o in facts_of(tmp_path, text)]
    assert not kinds("加快建设福建省实验室。", "ResearchInstitute")
    # (a city's is one lab: 苏州实验室 is a national lab, and its Shenzhen unit is named after it)
    assert kinds("与苏州实验室（深圳）等高等院校合作。", "ResearchInstitute") == ["苏州实验室（深圳）"]


def test_an_everyday_word_as_an_example_names_no_firm():
    # round 240 (光谷's investment platforms, 2023): 在见惯了创投圈中以机构、以个人等为代表投资之后
    text = "在见惯了创投圈中以机构、以个人等为代表投资之后,以一区之力利用投资发展的光谷,早已成为创投圈中的老江湖。"
    assert not kinds(text, "Enterprise")


def test_a_companys_department_before_its_officer_is_no_firm():
    # round 240 (越达科技产业园's news, 2025): 集团副总经理刘晓丽、智能孵化服务部总经理郝程、招商总监刘铁铸陪同调研
    text = "越达科技产业园董事长李宁、集团副总经理刘晓丽、智能孵化服务部总经理郝程、招商总监刘铁铸陪同调研。"
    assert "智能孵化服务部" not in kinds(text, "Enterprise")


def test_a_zone_said_to_be_a_sectors_biggest_base_has_the_sector(tmp_path):
    # round 240 (新京报 on 光谷's 35 years, 2023): 这里不单是全球最大的光通信研发基地、中国最大的光器件研发生产基地 (not 共建光通信
    # 研发基地: a facility named after the sector)
    text = "35年间,中国光谷始终坚持创新驱动发展,这里不单是全球最大的光通信研发基地、中国最大的光器件研发生产基地。"
    assert ("武汉东湖新技术开发区", "hasIndustry", "光通信") in facts_of(tmp_path, text)
    assert not facts_of(tmp_path, "东湖高新区与华为共建光通信研发基地。") & {("武汉东湖新技术开发区", "hasIndustry", "光通信")}


def test_sectors_listed_as_the_directions_of_the_firms_drawn_in(tmp_path):
    # round 240 (北科建青岛蓝色生物医药产业园, 2023): 园区重点吸引新药研发、检验检测、医疗器械、康复医疗、医疗美容等方向的研发中心和
    # 相关企业入驻 (two known sectors among five: the list's close says every item is one)
    text = "青岛高新区重点吸引新药研发、检验检测、医疗器械、康复医疗、医疗美容等方向的研发中心和相关企业入驻。"
    sectors = _industries(tmp_path, text)
    assert {"检验检测", "医疗器械"} <= sectors


def test_the_hosts_of_an_event_are_not_the_zones_partners(tmp_path):
    # round 240 (北科建青岛蓝色生物医药产业园, 2023): 由中国企业评价协会、清华大学房地产研究所、北京中指信息技术研究院主办,北京中指信息
    # 技术研究院中国房地产TOP10研究组承办的“…大会”隆重召开。…北科建青岛蓝色生物医药产业园…荣获… (not 由高新区管委会、清华大学主办)
    text = ("青岛高新区。2023年5月18日,由中国企业评价协会、清华大学房地产研究所、北京中指信息技术研究院主办,北京中指信息技术研究院"
            "中国房地产TOP10研究组承办的“2023中国房地产上市公司研究成果发布会”隆重召开。")
    assert not _objects(tmp_path, text, "partnersWith")
    text = "由高新区管委会、清华大学主办的论坛在青岛高新区举行。"
    assert ("青岛高新技术产业开发区", "partnersWith", "清华大学") in facts_of(tmp_path, text)


def test_where_a_founder_finished_his_studies_is_no_partner(tmp_path):
    # round 240 (新安晚报 on 合肥高新区's 15 years, 2006): 在合工大读完本科、保送研究生后,曹仁贤并未回到…家乡浙江创业,而是留在了合肥高新区
    text = "合肥阳光电源总经理曹仁贤就是这样的创业英雄。在合肥工业大学读完本科、保送研究生后,曹仁贤并未回到家乡浙江创业,而是留在了合肥高新区。"
    assert not _objects(tmp_path, text, "partnersWith")


def test_firms_visited_as_the_parks_leading_firms_are_the_zones(tmp_path):
    # round 240 (越达科技产业园's news, 2025): …莅临越达科技产业园参观调研,并实地走访园区重点企业精仪光电、三淮科技、迈尔医疗、风火轮科技等企业
    text = ("4月11日,长春市高新区管委会副主任卢文波一行领导,莅临越达科技产业园参观调研,并实地走访园区重点企业精仪光电、三淮科技、"
            "迈尔医疗、风火轮科技等企业。")
    assert ("长春高新技术产业开发区", "hostsEnterprise", "精仪光电") in facts_of(tmp_path, text)


def test_subsidiaries_counted_then_named_after_a_dash_are_the_owners(tmp_path):
    # round 240 (经济日报 on 成都高新区's funds, 2025): 投资之后,海光信息两家核心子公司——海光集成、海光微电子落地成都高新区
    text = "投资之后,海光信息两家核心子公司——海光集成、海光微电子落地成都高新区,此后以海光集成为链主企业,成都市集成电路产业蓬勃发展。"
    facts = facts_of(tmp_path, text)
    assert {("海光集成", "subOrganizationOf", "海光信息技术股份有限公司"),
            ("海光微电子", "subOrganizationOf", "海光信息技术股份有限公司")} <= facts
    assert ("成都高新技术产业开发区", "hostsEnterprise", "海光信息技术股份有限公司") not in facts


def test_companies_listed_by_their_kind_name_no_firm():
    # round 241 (宁波's 科技成果转化基金, 2021): 成果转化基金的管理架构包括领导小组、领导小组办公室、基金法人公司、基金管理公司
    # (法人, a legal person, as 管理 and 招商: a kind of company)
    text = "成果转化基金的管理架构包括领导小组、领导小组办公室、基金法人公司、基金管理公司。"
    assert not kinds(text, "Enterprise")


def test_the_scenes_a_sector_is_used_in_are_not_sectors(tmp_path):
    # round 241 (成都高新区's 医疗器械 opportunity list, 2025): 在脑机产业生态方面,将聚焦脑机+神经科学、心理医学、大健康、机器人四大场景
    text = "在脑机产业生态方面,成都高新区将聚焦脑机+神经科学、心理医学、大健康、机器人四大场景,与知名医疗机构、行业协会共建创新生态。"
    assert not _industries(tmp_path, text)


def test_the_fields_of_investors_are_not_the_zones_sectors(tmp_path):
    # round 241 (中国证券报 on 光谷合伙人投资引导基金, 2021): 英诺天使、元禾原点、天堂硅谷等多家重点布局集成电路、生物医药、新消费等产业领域的
    # 知名投资机构现场表达了计划申请光谷合伙人基金出资…的意愿
    text = ("东湖高新区发布光谷合伙人投资引导基金。其中,英诺天使、元禾原点、天堂硅谷等多家重点布局集成电路、生物医药、新消费等产业领域的"
            "知名投资机构现场表达了计划申请光谷合伙人基金出资的意愿。")
    assert not _industries(tmp_path, text)


def test_new_consumption_is_a_sector(tmp_path):
    # round 241 (中国证券报 on 光谷合伙人投资引导基金, 2021): 子基金需聚焦东湖高新区重点发展产业体系,包括光电子信息、生命健康两大支柱产业,
    # 数字经济、新消费产业以及人工智能、空天信息、量子科技、脑科学等未来产业
    text = ("子基金需聚焦东湖高新区重点发展产业体系,包括光电子信息、生命健康两大支柱产业,数字经济、新消费产业以及人工智能、空天信息、"
            "量子科技、脑科学等未来产业。")
    assert ("武汉东湖新技术开发区", "hasIndustry", "新消费") in facts_of(tmp_path, text)


def test_a_zones_committee_signing_an_investment_deal_with_short_names_declared(tmp_path):
    # round 241 (隆基股份's notice, retold 2022): …公司全资子公司隆基乐叶光伏科技有限公司（以下简称“乙方”）与咸阳高新技术产业开发区
    # 管理委员会（以下简称“甲方1”）、咸阳市秦都区人民政府（以下简称“甲方2”）于2019年6月28日签订项目投资协议
    text = ("互联网6月28日丨隆基股份(601012)(601012.SH)公布,根据战略发展需求,公司全资子公司隆基乐叶光伏科技有限公司(以下简称“乙方”)"
            "与咸阳高新技术产业开发区管理委员会(以下简称“甲方1”)、咸阳市秦都区人民政府(以下简称“甲方2”)于2019年6月28日签订项目投资协议,"
            "就公司在咸阳投资建设年产5GW单晶组件项目达成合作意向。")
    assert ("咸阳高新技术产业开发区", "hostsEnterprise", "隆基乐叶光伏科技有限公司") in facts_of(tmp_path, text)


def test_kinds_of_business_listed_are_neither_firms_nor_seed_industry():
    # round 242 (宝鸡高新区's financing meeting, 2022): 通过展期、续贷、延期支付利息、调整还款方式等多种业务扶持受疫情影响较大的中小微企业
    text = "各金融机构要通过展期、续贷、延期支付利息、调整还款方式等多种业务扶持受疫情影响较大的中小微企业渡过难关。"
    assert not kinds(text, "Enterprise") and not kinds(text, "Industry")
    assert kinds("杨凌示范区大力发展现代种业。", "Industry")


def test_sectors_whose_growth_a_zone_reports_are_its_own(tmp_path):
    # round 242 (杭州高新区(滨江)'s 2021 figures, 2022): 其中,通用设备制造业,专用设备制造业,计算机、通信和其他电子设备制造业增长较快,
    # 分别增长41.6%、17.0%和18.2% (not 建成省软件与信息服务产业园、…,2020年营业收入增长38%: a park, then the sector's figures)
    text = ("2021年,高新区(滨江)实现规上工业增加值771.1亿元。其中,通用设备制造业,专用设备制造业,计算机、通信和其他电子设备制造业"
            "增长较快,分别增长41.6%、17.0%和18.2%。")
    sectors = {o for s, p, o in facts_of(tmp_path, "杭州高新区(滨江)。" + text) if p == "hasIndustry"}
    assert {"通用设备制造", "专用设备制造"} <= sectors
    text = "连云港高新区电子信息及软件业,建成省软件与信息服务产业园、省大数据产业园,2020年营业收入增长38%。"
    assert "软件和信息技术服务" not in _industries(tmp_path, text)


def test_a_financial_service_given_to_firms_is_no_sector(tmp_path):
    # round 242 (郑州晚报 on 郑州高新区's 风险补偿池, 2019): …为科技型企业和产业发展提供有效的金融服务; (宁波, 2020) 开展特色金融服务
    text = "郑州高新区鼓励银行加大向区内企业发放贷款的力度,为科技型企业和产业发展提供有效的金融服务。宁波高新区不仅争取信贷资源,开展特色金融服务。"
    assert not _industries(tmp_path, text)
    assert ("郑州高新技术产业开发区", "hasIndustry", "金融服务") in facts_of(tmp_path, "郑州高新区重点发展金融服务、电子信息等产业。")


def test_an_institute_publishing_a_white_paper_is_a_source_not_a_partner(tmp_path):
    # round 242 (杭州高新区(滨江)'s 2021 figures, 2022): 去年8月,赛迪顾问城市经济研究中心发布《2021年中国城区高质量发展白皮书》提出…
    text = ("杭州高新区(滨江)发布最新经济数据。去年8月,赛迪顾问城市经济研究中心发布《2021年中国城区高质量发展白皮书》提出,"
            "“两千亿城”已经成为我国城市高质量发展的引擎。")
    assert not _objects(tmp_path, text, "partnersWith")


def test_one_sector_a_strong_verb_of_developing_names(tmp_path):
    # round 243 (衡阳新闻网, 2025): 要明确衡山科学城主打产业,…集中力量培育特色产业集群,大力发展智能衡器计量产业,不断提升核心竞争力
    # (not 大力发展激光等光电产业: a list, read as one)
    text = "衡阳高新区要集中力量培育特色产业集群,大力发展智能衡器计量产业,不断提升核心竞争力。"
    assert ("衡阳高新技术产业开发区", "hasIndustry", "智能衡器计量") in facts_of(tmp_path, text)


def test_a_science_town_in_a_list_of_firms_is_no_firm():
    # round 243 (中国崇阳网, 2016): 参观了园区新上规模企业中电坤灿电缆、…、立邦涂料、光谷南科技城、嘉寓新新投资集团、…
    text = "我县代表团一行先后参观了园区新上规模企业中电坤灿电缆、世丰汽车内饰、丰威科技、立邦涂料、光谷南科技城、嘉寓新新投资集团、福人金身药业等。"
    assert "光谷南科技" not in kinds(text, "Enterprise") and "丰威科技" in kinds(text, "Enterprise")


def test_a_kind_of_firm_or_a_verb_of_praise_opens_no_name():
    # round 244 (新华社 on 潍坊高新区, 2020): 4月30日,日企岩谷(中国)有限公司给…工作专班发来感谢信 (日企: a Japanese firm, the kind);
    # (苏州高新区, 2020) 他勉励研究院要进一步加强与…的交流与合作 (勉励: encouraged, no institute 他勉励研究院)
    text = "4月30日,日企岩谷(中国)有限公司给潍坊高新区潍柴国际配套产业园工作专班发来感谢信。"
    assert "岩谷(中国)有限公司" in kinds(text, "Enterprise")
    text = "在东南大学苏州医疗器械研究院,胡志斌一行详细听取了研究院的发展历程。他勉励研究院要进一步加强与国内外知名高校的交流与合作。"
    assert kinds(text, "ResearchInstitute") == ["东南大学苏州医疗器械研究院"]


def test_a_project_investors_name_in_quotes_leaves_its_quotes(tmp_path):
    # round 244 (新华社 on 潍坊高新区, 2020): 世界500强企业“国电投”、新东方学校、潍柴国际配套产业园等大项目频频落地
    text = ("潍坊高新区今年一季度实现进出口总额87.1亿元,实现首季“开门红”;世界500强企业“国电投”、新东方学校、潍柴国际配套产业园等"
            "大项目频频落地,潍柴、歌尔等龙头企业满负荷运行。")
    assert not [o for s, p, o in facts_of(tmp_path, text) if "”" in o]


def test_a_photographs_caption_and_credit_keep_the_articles_zone(tmp_path):
    # round 244 (合肥's 市委书记 at 合肥高新区, 2023): …虞爱华到合肥高新区调研光伏及新能源产业发展…。¶ 5月8日拍摄的合肥晶澳太阳能科技
    # 有限公司全景。全媒体记者 张大岗 摄 ¶ …在通威太阳能(安徽)有限公司,工人正在生产太阳能电池板。 全媒体记者 张大岗 摄
    text = ("【独家】虞爱华专题调研光伏及新能源产业:服务好现有企业是最好招商引资\n\n"
            "5月8日下午,省委常委、市委书记虞爱华到合肥高新区调研光伏及新能源产业发展,并主持召开现场办公会,研究解决企业问题。\n\n"
            "5月8日拍摄的合肥晶澳太阳能科技有限公司全景。全媒体记者 张大岗 摄\n\n\n(资料图片仅供参考)\n\n"
            "对招工引才难问题,要求支持大学毕业生能留尽留、能引多引。\n\n"
            "在通威太阳能(安徽)有限公司,工人正在生产太阳能电池板。全媒体记者 张大岗 摄\n")
    hosted = _hosted(tmp_path, text)
    assert {"合肥晶澳太阳能科技有限公司", "通威太阳能（安徽）有限公司"} <= hosted


def test_a_banks_short_form_names_its_sub_branch(tmp_path):
    # round 242 (宝鸡高新区's financing meeting, 2022): 会议邀请工商银行高新大道支行、农业银行开发区支行、建行高新大道支行、兴业、浦发、
    # 中信银行宝鸡分行6家银行主要负责同志…参加会议 (建行: 中国建设银行 as the press writes it; a lender, not a firm of the zone)
    text = "宝鸡高新区召开会议。会议邀请工商银行高新大道支行、建行高新大道支行、中信银行宝鸡分行6家银行主要负责同志参加会议。"
    facts = facts_of(tmp_path, text)
    assert ("建行高新大道支行", "subOrganizationOf", "中国建设银行股份有限公司") in facts
    assert not [o for s, p, o in facts if p == "hostsEnterprise"]


def test_sectors_said_to_lead_one_cluster_name_no_clusters(tmp_path):
    # round 239 (莆田文化网, 2018): 高新区初步形成了以电子信息、装备制造和食品加工为主导的产业集群 (and round 27, 绵阳: 以电子信息、汽车及
    # 零部件和新材料产业为主导的产业集群): the zone's leading sectors, one cluster of them, no cluster named by either annotator
    # (a count, 等 or quotes still name one cluster a sector: see the hard cases of 荣昌, 龙岩 and 中关村)
    text = "莆田高新区初步形成了以电子信息、装备制造和食品加工为主导的产业集群,集聚了国家高新技术企业23家。"
    facts = facts_of(tmp_path, text)
    assert not [o for s, p, o in facts if p == "hasCluster"]
    assert {"电子信息", "装备制造", "食品深加工"} <= {o for s, p, o in facts if p == "hasIndustry"}  # (食品加工, a label)


def test_a_firm_right_after_its_quoted_grade(tmp_path):
    # round 240 (光谷关东街, 2019): 北辰里不远的光谷APP广场,光谷“瞪羚企业”艺画开天正在进行紧张的制作 (not round 215's
    # “瞪羚企业”一年一认定: how often the grade is given)
    text = "北辰里不远的光谷APP广场,光谷“瞪羚企业”艺画开天正在进行紧张的制作,他们刚宣布成为《三体》动画的联合出品方和制作方。"
    assert ("武汉东湖新技术开发区", "hostsEnterprise", "艺画开天") in facts_of(tmp_path, text)
    assert not kinds("东湖高新区“瞪羚企业”一年一认定,实行动态管理。", "Enterprise")


def test_known_names_run_together_are_each_a_firm():
    # round 245 (a 2022 feature on 光谷's history): …由此孵化了华工科技烽火通信光迅科技等超10家上市公司 (the page lost its 、)
    text = "第一批选出来的两个高新技术项目,由此孵化了华工科技烽火通信光迅科技等超10家上市公司。"
    assert kinds(text, "Enterprise") == ["华工科技", "烽火通信", "光迅科技"]


def test_a_bodys_former_name_after_yuan():
    # round 245 (a 2022 feature on 光谷's history): 第一批选出了两个高新技术项目,原华中工学院的激光和武汉邮电科学院的光纤
    # (原, former; not 原子能研究所, 原材料…: a word)
    assert "华中工学院" in kinds("第一批选出了两个高新技术项目,原华中工学院的激光和武汉邮电科学院的光纤。", "ResearchInstitute")
    assert kinds("中国原子能科学研究院和原子能研究所。", "ResearchInstitute")[-1] == "原子能研究所"


def test_the_figures_after_fenbie_are_no_items_of_a_list_of_sectors(tmp_path):
    # round 242 (无锡日报 on 无锡高新区, 2021): 其中,电气机械和器材制造业、专用设备制造业分别同比增长60.6%、57.8%
    text = "无锡高新区前六大行业产值增速全线飘红,其中,电气机械和器材制造业、专用设备制造业分别同比增长60.6%、57.8%。"
    assert {"电气机械", "专用设备制造"} <= _industries(tmp_path, text)


def test_guangdianzi_before_gongsi_is_the_names_ending():
    # round 245 (a 2022 feature on 光谷's history): 这里的第一家高新技术企业——武汉楚天光电子公司成立 (光电子公司, not 光电 + 子公司)
    text = "1984年底,以政府名义担保向银行贷款100万元作为启动资金,这里的第一家高新技术企业——武汉楚天光电子公司成立。"
    assert kinds(text, "Enterprise") == ["武汉楚天光电子"]


def test_a_think_tank_among_institutes_is_no_firm():
    # round 240 (荆州新闻网, 2020): 由北京城市发展研究院牵头,北大研究院、中国农科院、中国海洋大学、东略智库等专家组建的团队…
    text = "由北京城市发展研究院牵头,北大研究院、中国农科院、中国海洋大学、东略智库等专家组建的团队对高新区“十四五”规划背景进行了深入研究。"
    assert "东略智库" not in kinds(text, "Enterprise")


def test_a_zones_own_investment_firm_named_by_its_nickname(tmp_path):
    # round 240 (光谷's investment platforms, 2023): 投资方为联合光电、同鑫资本、光谷金控。这其中,光谷金控是东湖高新区国有投资平台;
    # round 241 (光谷's proof-of-concept funds): 江城集成电路概念验证基金由江城实验室和光谷产投设立 (光谷, a word to the brand rules)
    text = "投资方为联合光电、同鑫资本、光谷金控。这其中,光谷金控是东湖高新区国有投资平台,成立于2017年12月。"
    assert ("武汉东湖新技术开发区", "hostsEnterprise", "光谷金控") in facts_of(tmp_path, text)
    assert "光谷产投" in kinds("江城集成电路概念验证基金由江城实验室和光谷产投设立。", "Enterprise")


def test_the_investors_of_a_financing_round_are_firms_the_zone_does_not_host(tmp_path):
    # round 240 (光谷's investment platforms, 2023): 「天眸光电」获得Pre-A轮融资,投资方为联合光电、同鑫资本、光谷金控;
    # a round led and followed (由…领投,…跟投), and 政府只做跟投 (round 241: the government, no firm)
    text = "东湖高新区企业芯擎科技完成B轮融资，由深创投领投，元禾原点、英诺天使跟投。"
    assert {"深创投", "元禾原点", "英诺天使"} <= set(kinds(text, "Enterprise"))
    assert _hosted(tmp_path, text) == {"湖北芯擎科技有限公司"}
    text = "2023年4月，武汉激光雷达传感器系统及解决方案供应商「天眸光电」获得Pre-A轮融资，投资方为联合光电、同鑫资本、光谷金控。"
    assert {"天眸光电", "同鑫资本"} <= set(kinds(text, "Enterprise"))
    assert "政府只做" not in kinds("遴选、投资、退出等环节全部由创新平台主导决策，政府只做跟投，既为创新平台注入大量资金动能。", "Enterprise")


def test_a_batch_and_the_zones_own_word_are_no_part_of_a_clusters_sector(tmp_path):
    # round 247 (an encyclopedia entry on 中山港街道, data of 2006): 火炬健康食品和医药产业集群入选广东省第二批产业集群升级示范区
    # (火炬 of 中山火炬开发区, the zone's own word; 第二批, the batch it was named in)
    text = "火炬开发区位于中山市东部。火炬健康食品和医药产业集群入选广东省第二批产业集群升级示范区。"
    clusters = _objects(tmp_path, text, "hasCluster")
    assert clusters == {"中山火炬高新区健康食品和医药产业集群"}
    assert "第二批" not in _industries(tmp_path, text)


def test_what_clusters_in_general_have_names_no_cluster(tmp_path):
    # round 247 (a 2010 paper on 大庆高新区's producer services): 现代生产性服务业集群是指…; 建立一套生产性服务业集群激励机制
    text = ("大庆高新区现代生产性服务业集群发展问题及对策研究。现代生产性服务业集群是指现代服务业特定领域内联系密切的产业在地理空间上的集中。"
            "应建立一套生产性服务业集群激励机制等对策。")
    assert _objects(tmp_path, text, "hasCluster") == {"大庆高新区现代生产性服务业产业集群"}
    assert not any(sector.startswith("一套") for sector in _industries(tmp_path, text))
    # the cluster is also named as the text writes it, the zone's form before it
    registry = registry_of(tmp_path, text)
    assert "大庆高新区现代生产性服务业集群" in registry.get(("IndustrialCluster", "大庆高新区现代生产性服务业产业集群")).forms


def test_a_citys_functional_area_and_a_districts_bureau_speak_of_their_own_firms(tmp_path):
    # round 247 (成都日报, 2024): a page on 成都高新 whose other paragraphs are 成都空天产业功能区's (in 简阳) and 郫都区's
    text = ("在成都空天产业功能区，继4月底正式投产后，成都玉能科技有限公司近日签下入驻后首笔约10亿元的订单。\n"
            "另一边，在成都高新——郫都合作共建区，高新区和郫都区建立起协作联动“大招商”机制，围绕京东方、富士康、华为等链主企业，"
            "区域协同招引皮姆思、冠佳科技等近30家生态链企业。\n"
            "郫都区投促局相关负责人告诉记者，今年以来，该区引进杨麻婆食品、塔斯汀、捷康生物等产业链项目。")
    hosted = _hosted(tmp_path, text)
    assert {"皮姆思", "冠佳科技"} <= hosted
    assert not hosted & {"成都玉能科技有限公司", "杨麻婆食品", "塔斯汀", "捷康生物"}


def test_the_founders_of_an_association_are_the_zones_firms(tmp_path):
    # round 247 (中新社, 2003, 中关村企业信用促进会): 由联想、用友、神州数码等一百家企业自发成立了这一企业自律组织
    # (由 opens no name: 联想, a word too; the founders of an association, not of the sentence's firm)
    text = "中关村企业信用促进会在北京正式成立。正是在这种背景下，由联想、用友、神州数码等一百家企业自发成立了这一企业自律组织。"
    assert kinds(text, "Enterprise")[:3] == ["联想", "用友", "神州数码"]
    assert {"联想集团有限公司", "用友网络科技股份有限公司"} <= _hosted(tmp_path, "中关村科技园区" + text)


def test_a_universitys_journal_names_no_partner(tmp_path):
    # round 247 (a 2007 paper on 包头稀土高新区's rare-earth cluster): 出处《内蒙古师范大学学报(哲学社会科学版)》2007年第6期
    text = "包头稀土高新区稀土产业集群化发展现状良好。出处《内蒙古师范大学学报（哲学社会科学版）》2007年第6期69-72。"
    assert kinds(text, "ResearchInstitute") == []
    assert kinds("该书由清华大学出版社出版。", "ResearchInstitute") == []


def test_a_sector_the_taxonomy_lacks_joined_by_he_to_one_it_knows(tmp_path):
    # round 247 (中山港街道, 2006): 火炬健康食品和医药产业集群 — two sectors (健康食品, 医药), one cluster of the zone's
    # (its own word 火炬 before the pair, as 威海高新区电子信息与智能制造产业集群 has the zone's name)
    text = "火炬开发区位于中山市东部。火炬健康食品和医药产业集群入选广东省第二批产业集群升级示范区。"
    facts = facts_of(tmp_path, text)
    assert {o for s, p, o in facts if p == "clusterIndustry"} == {"健康食品", "医药健康"}
    assert {o for s, p, o in facts if p == "hasCluster"} == {"中山火炬高新区健康食品和医药产业集群"}


def test_a_citys_bank_by_its_kind(tmp_path):
    # round 247 (中国高新院, 2017, 镇江高新区's bank meeting): 人行镇江中心支行与镇江农商行签订了“支农支小”再贷款授信协议
    assert kinds("恳谈会上，人行镇江中心支行与镇江农商行签订了“支农支小”再贷款授信协议。", "Enterprise") == ["镇江农商行"]
    assert kinds("长沙农村商业银行为企业授信。", "Enterprise") == ["长沙农村商业银行"]
    assert kinds("各地农商银行积极支持企业。", "Enterprise") == []


def test_a_papers_authors_institute_is_no_partner(tmp_path):
    # round 247 (《大庆社会科学》, 2010): 赵俊平,王智伟 (大庆石油学院经济管理学院,黑龙江大庆163318) — the byline's institute
    text = ("大庆高新区现代生产性服务业集群发展问题及对策研究 赵俊平,王智伟 (大庆石油学院经济管理学院,黑龙江大庆163318) "
            "[摘要]大庆高新区生产性服务业发展中存在着原生型集群效应尚未发挥等问题。")
    facts = facts_of(tmp_path, text)
    assert not any(p == "partnersWith" for s, p, o in facts)
    assert ("大庆石油学院经济管理学院", "subOrganizationOf", "大庆石油学院") in facts


def test_a_visiting_party_tours_the_zones_firms(tmp_path):
    # round 248 (郴州自贸区（高新区）'s site, 2022): a college's party visits the zone, then its firms, by their short names
    text = ("7月28日上午，郴州职业技术学院党委书记雷和平一行赴郴州高新区开展深度“校企合作”“产教融合”调研走访。"
            "雷和平一行先后走访了华磊、长歌、福瑞康、格兰博等企业。")
    assert {"华磊", "长歌", "福瑞康", "格兰博"} <= _hosted(tmp_path, text)
    # a party courting firms away from the zone still courts them
    away = "高新区党工委书记一行赴深圳开展招商活动，一行先后走访了华磊、长歌等企业。"
    assert not _hosted(tmp_path, away) & {"华磊", "长歌"}


def test_a_bare_kind_of_college_names_no_institute():
    # round 248 (郴州高新区, 2022): 近年与郴州职业技术学院、技师学院持续开展“产教融合”合作的企业有3家
    assert kinds("近年与郴州职业技术学院、技师学院持续开展“产教融合”合作的企业有3家。", "ResearchInstitute") == ["郴州职业技术学院"]
    assert kinds("与郴州技师学院合作。", "ResearchInstitute") == ["郴州技师学院"]


def test_the_taxonomy_knows_yingji_anquan_and_xinxi_ruanjian(tmp_path):
    # round 248: 株洲高新区's 4名招商专员则服务于应急安全、现代农业等4条区级产业链 (株洲文明网, 2020); 杭州高新区(滨江)'s
    # 信息软件、电子商务、物联网、数字安防产业营业收入分别增长… (its 2016 work report)
    assert "安全应急" in _industries(tmp_path, "株洲高新区的4名招商专员则服务于应急安全、现代农业等4条区级产业链。")
    assert "软件和信息技术服务" in _industries(
        tmp_path, "杭州高新区信息软件、电子商务、物联网、数字安防产业营业收入分别增长27.6%、57.1%、18.6%、21.4%。")


def test_a_brand_before_its_workshop_is_a_firm(tmp_path):
    # round 242 (杭州高新区(滨江), 2022): 眼下，在博日科技的生产车间里，工人们正在加紧生产PCR检测装备
    assert kinds("眼下，在博日科技的生产车间里，工人们正在加紧生产PCR检测装备。", "Enterprise") == ["博日科技"]
    assert kinds("走进智能科技的展厅。", "Enterprise") == []


def test_a_groups_move_in_a_field_names_the_units_parent(tmp_path):
    # round 248 (苏州高新区's own news of a visit): 中移(苏州)软件技术有限公司…是中国移动在云计算、大数据、IT支撑等领域的重要布局
    text = ("在苏州高新区的中移（苏州）软件技术有限公司，李理认真听取了公司产品研发情况。中移（苏州）软件技术有限公司定位为“云设施构建者”，"
            "是中国移动在云计算、大数据、IT支撑等领域的重要布局。")
    hosted = _hosted(tmp_path, text)
    assert "中移（苏州）软件技术有限公司" in hosted and not any("中国移动" in name for name in hosted)


def test_an_administration_holding_a_firm_is_no_firm():
    # round 248 (a mirror of the Chinese Wikipedia entry on 西安高新区): 西安高新区管委会控股的千亿资产国企——西安高新控股有限公司
    text = "2018年11月初，西安高新区管委会控股的千亿资产国企——西安高新控股有限公司，因人事变动引舆论关注。"
    assert kinds(text, "Enterprise") == ["西安高新控股有限公司"]


def test_a_dateline_of_the_zones_channel_names_the_page_zone(tmp_path):
    # round 233 (中国网's 滨海高新 channel, a youth-league award): the page names its zone only in its dateline and as 高新区
    text = ("中国网·滨海高新讯今年的12日5日是第27个国际志愿者日，滨海新区文明办、团区委召开了表彰大会。"
            "高新区天大求实电力新技术股份有限公司团支部党钊同志，亚安科技股份有限公司团支部郝飞飞同志获得荣誉称号。"
            "近年来，高新区团工委积极构建以创新基层团建工作为龙头，增强团员意识、提高团干部素质为两翼的工作格局。")
    facts = facts_of(tmp_path, text)
    assert {o for s, p, o in facts if p == "hostsEnterprise"} == {"天大求实电力新技术股份有限公司", "亚安科技股份有限公司"}
    assert not any(p == "hasIndustry" for s, p, o in facts)  # (团员意识, 团干部素质: what a league works on)


def test_the_parent_named_of_the_zones_firm_is_not_hosted(tmp_path):
    # round 224 (a stock forum's post on 中山火炬's 国家健康基地): 金城金素…是上市公司山东金城医药集团股份有限公司的控股子公司;
    # round 221 (an announcement): 公司控股子公司深圳市博盛新材料有限公司（以下简称“博盛新材”）之全资子公司盐城博盛新能源有限公司…
    text = "中山火炬开发区国家健康基地：金城金素成立于2015年，是上市公司山东金城医药集团股份有限公司的控股子公司，于2016年落户国家健康基地。"
    assert "山东金城医药集团股份有限公司" not in _hosted(tmp_path, text)
    text = ("同意公司控股子公司深圳市博盛新材料有限公司（以下简称“博盛新材”）之全资子公司盐城博盛新能源有限公司（以下简称“盐城博盛”）"
            "拟投资人民币20亿元，在盐城高新技术产业开发区投资建设项目。")
    assert _hosted(tmp_path, text) == {"盐城博盛新能源有限公司"}


def test_a_universitys_relevant_secondary_colleges_name_no_unit():
    # round 248 (惠州学院's news, 2017): 惠州学院有关二级学院负责人，仲恺高新区管委会相关部门负责人参加了活动
    text = "惠州学院有关二级学院负责人，仲恺高新区管委会相关部门负责人参加了活动。"
    assert kinds(text, "ResearchInstitute") == ["惠州学院"]


def test_an_innovation_institute_named_by_its_owner_and_a_citys_bureau_before_one():
    # round 248 (科技金融时报, 2026, 无锡高新区's 太湖湾科创城): 央企国投创新院携手院士团队，落子全国首个“新质蛋白生物制造创新中心”
    assert kinds("而在无锡国际生命科学创新园，央企国投创新院携手院士团队落子。", "ResearchInstitute") == ["国投创新院"]
    assert kinds("设立科技创新院士工作站。", "ResearchInstitute") == []  # (创新院士: an academician, no institute)
    # round 20 (合肥): 合肥市重点局量子创新院项目驻点负责人屠盛介绍 — a city's bureau, then the institute
    assert kinds("合肥市重点局量子创新院项目驻点负责人屠盛介绍。", "ResearchInstitute") == ["量子创新院"]


def test_tongxin_chuangxin_holds_no_xinchuang(tmp_path):
    # round 248 (a mirror of the Chinese Wikipedia entry on 西安高新区): 被国家科技部评为…“军民融合通信创新型产业集群试点园区”
    text = "西安高新区2011年11月被国家科技部评为“国家科技服务体系试点园区”“军民融合通信创新型产业集群试点园区”。"
    facts = facts_of(tmp_path, text)
    assert ("西安高新技术产业开发区", "hasCluster", "西安高新区军民融合通信产业集群") in facts
    assert "信息技术应用创新" not in {o for s, p, o in facts if p == "hasIndustry"}


def test_peers_after_a_description_and_joined_by_he():
    # round 249 (紫竹高新区's youth league planting trees): 也有首次加入植树大队伍的国核自仪、埃克森美孚和阿普拉，虽然是第一次植树
    text = ("有连续植树多年的英特尔、晟碟半导体、京滨电子，志愿者们驾轻就熟；"
            "也有首次加入植树大队伍的国核自仪、埃克森美孚和阿普拉，虽然是第一次植树。")
    assert {"国核自仪", "埃克森美孚", "阿普拉"} <= set(kinds(text, "Enterprise"))


def test_le_ge_before_a_firm_is_no_part_of_its_name():
    # round 249 (兵马俑在线, 2015, 西安高新区's poverty-relief pairing): 早就听说西安来了个三星公司，没想到他们会来我们村扶贫
    assert kinds("早就听说西安来了个三星公司，没想到他们会来我们村扶贫。", "Enterprise") == ["三星"]


def test_a_firm_of_lawyers_or_accountants_is_a_company():
    # round 249 (人民网-四川, 成都高新区's 留联会): 随后留学生们又前往…的北京京师（成都）律师事务所
    text = "随后留学生们又前往已在海外多个国家设立了20余个海外办公室的北京京师（成都）律师事务所。"
    assert kinds(text, "Enterprise") == ["北京京师（成都）律师事务所"]
    assert kinds("当地律师事务所提供服务。", "Enterprise") == []


def test_an_awards_winner_before_its_name():
    # round 250 (封面新闻, 成都高新区's 天府质量奖 training): 第二届天府质量奖正奖得主极米科技股份有限公司
    text = "成都高新区第二届天府质量奖正奖得主极米科技股份有限公司作经验分享。"
    assert kinds(text, "Enterprise") == ["极米科技股份有限公司"]


def test_the_fields_a_lecturer_explained_are_not_the_zones_sectors(tmp_path):
    # round 250 (紫竹高新区's own site, 2026): a 信通院 dean's training for the zone's staff
    text = ("紫竹高新区开展“十五五”主导产业专题培训。针对未来产业发展方向，廖院长围绕“十五五”规划对电子信息产业的部署要求，"
            "深入讲解了具身智能、人形机器人、脑机接口、量子信息、低空经济等未来产业的发展内涵、产业链布局与应用场景。")
    assert _industries(tmp_path, text) == {"电子信息"}


def test_a_road_network_is_no_sector(tmp_path):
    # round 250 (西安高新区's projects completed, 2023): 涵盖集成电路、新能源汽车、电子信息、精密制造、现代服务、教育医疗、骨干路网等领域
    text = "西安高新区此次集中竣工投产的69个项目，涵盖集成电路、新能源汽车、电子信息、精密制造、现代服务、教育医疗、骨干路网等领域。"
    assert "骨干路网" not in _industries(tmp_path, text)


def test_the_party_centre_and_a_provinces_implementing_opinions_name_their_issuers(tmp_path):
    # round 250 (清远高新区's work plan, 2022): 按照《中共中央、国务院关于构建和谐劳动关系的意见》…、《中共广东省委广东省人民政府
    # 贯彻落实<中共中央国务院关于构建和谐劳动关系的意见>实施意见》…等文件要求
    text = ("清远高新区按照《中共中央、国务院关于构建和谐劳动关系的意见》（中发〔2015〕10号）、《中共广东省委广东省人民政府贯彻落实"
            "<中共中央国务院关于构建和谐劳动关系的意见>实施意见》（粤发〔2015〕11号）等文件要求制定方案。")
    issuers = {(s, o) for s, p, o in facts_of(tmp_path, text) if p == "issuedBy"}
    assert {o for s, o in issuers if s.startswith("中共中央、国务院")} == {"中共中央", "国务院"}
    assert {o for s, o in issuers if s.startswith("中共广东省委")} == {"中共广东省委", "广东省人民政府"}


def test_an_arm_named_with_its_place_and_its_parent_named_without(tmp_path):
    # round 217 (沈阳药科大学's news of a base in 本溪高新区): 上海绿谷(本溪)制药有限公司…; 上海绿谷制药有限公司是一家…中国知名医药企业
    # round 250 (taihainet, 厦门火炬): 厦门ABB高压开关有限公司… 厦门ABB开关有限公司 — two legal names, two firms
    text = ("本溪高新区：暑假期间，“上海绿谷（本溪）制药有限公司院士专家工作站”揭牌仪式在绿谷制药本溪生命园隆重举行。"
            "上海绿谷制药有限公司是一家以患者为中心的中国知名医药企业。")
    facts = facts_of(tmp_path, text)
    assert ("上海绿谷（本溪）制药有限公司", "subOrganizationOf", "上海绿谷制药有限公司") in facts
    assert "上海绿谷制药有限公司" not in {o for s, p, o in facts if p == "hostsEnterprise"}
    text = ("厦门火炬高新区：厦门ABB高压开关有限公司等16家园区企业获评“绿色工厂”，厦门ABB开关有限公司和厦门嘉戎技术股份有限公司"
            "获评“绿色供应链”。")
    assert {"厦门ABB高压开关有限公司", "厦门ABB开关有限公司"} <= _hosted(tmp_path, text)


def test_a_city_then_a_brand_and_its_ending():
    # round 248 (科技金融时报, 2026, 无锡高新区): 走进无锡亘芯悦科技的研发车间，一台正在精密调试的设备静默矗立
    assert kinds("走进无锡亘芯悦科技的研发车间，一台正在精密调试的设备静默矗立。", "Enterprise") == ["无锡亘芯悦科技"]
    assert kinds("据襄阳市发改委数据显示。", "Enterprise") == []  # (a city's commission, no brand)


def test_a_titles_short_name_after_its_number_and_the_next_title_share_its_issuers(tmp_path):
    # round 251 (a Beijing notice reposted by a firm, 2024): 根据北京市科学技术委员会、中关村科技园区管理委员会印发的《…登记办法》
    # (京科发〔2022〕13号,以下简称《登记办法》)、《…评价方案》(京科发〔2022〕18号,以下简称《评价方案》)相关要求
    text = ("根据北京市科学技术委员会、中关村科技园区管理委员会印发的《北京市技术转移机构及技术经理人登记办法》(京科发〔2022〕13号,"
            "以下简称《登记办法》)、《北京市科技成果转化工作评价方案》(京科发〔2022〕18号,以下简称《评价方案》)相关要求,现将通知如下。")
    facts = facts_of(tmp_path, text)
    assert {o for s, p, o in facts if p == "implementsPolicy"} == {"北京市技术转移机构及技术经理人登记办法",
                                                                   "北京市科技成果转化工作评价方案"}
    issued = {(s, o) for s, p, o in facts if p == "issuedBy"}
    assert issued == {(title, body) for title in ("北京市技术转移机构及技术经理人登记办法", "北京市科技成果转化工作评价方案")
                      for body in ("北京市科学技术委员会", "中关村科技园区")}


def test_a_row_of_labs_any_lab_and_labs_of_famous_schools_name_no_institute():
    # round 251 (中国宁波网, 2012, 宁波研发园): 搭建起一条条直达高校实验室的“绿色”技术通道; 撬动技术转移中心和院士工作室与宁波企业开展
    # 技术合作; 研发园大院名校技术转移中心; (人民日报, 2022, 张江): 无需自建任何实验室
    for text in ("宁波研发园有效弥补了我市科研院校不足的“短板”，搭建起一条条直达高校实验室的“绿色”技术通道。",
                 "高新区财政共出资1480万元，撬动技术转移中心和院士工作室与宁波企业开展技术合作1095项。",
                 "到今年6月底，研发园大院名校技术转移中心和院士工作室与企业联合申报的科技项目已达115项。",
                 "在张江，创业团队无需自建任何实验室。"):
        assert kinds(text, "ResearchInstitute") == [], text


def test_a_maker_launching_what_it_made_and_products_developed_are_no_firms(tmp_path):
    # round 251 (biotianfu, 2024, 成都高新区): 永新医疗正式推出自主研发的Insight四维定量SPECT/CT; (中国宁波网, 2012): 与宁波先锋新材料
    # 股份有限公司共建了研发中心,先后开发出环保、节能、抗紫外线、抗菌阻燃、隔热保温等新型面料
    text = "成都高新区生物医药产业创新成果不断涌现。\n永新医疗正式推出自主研发的Insight四维定量SPECT/CT，填补国内空白；"
    assert _hosted(tmp_path, text) == {"永新医疗"}
    text = ("宁波高新区：上海交通大学与宁波先锋新材料股份有限公司共建了研发中心，先后开发出环保、节能、抗紫外线、抗菌阻燃、"
            "隔热保温等新型面料，填补了国内空白。")
    assert kinds(text, "Enterprise") == ["宁波先锋新材料股份有限公司"]


def test_two_sectors_joined_are_two_when_the_lists_code_counts_them(tmp_path):
    # round 252 (南昌高新区's media centre, 2024): 电子信息、新材料、航空制造及医药健康等“2+2”主导产业
    text = "南昌高新区产业发展特色鲜明。电子信息、新材料、航空制造及医药健康等“2+2”主导产业，2023年累计实现营业收入3055亿元。"
    assert _industries(tmp_path, text) == {"电子信息", "新材料", "航空制造", "医药健康"}
    text = "南昌高新区产业发展特色鲜明。电子信息、新材料、航空制造及医药健康等“2+1”主导产业，2023年累计实现营业收入3055亿元。"
    assert "航空制造及医药健康" in _industries(tmp_path, text)  # (three counted: the two joined are one)


def test_a_universitys_institutes_each_are_no_institute_of_its_own():
    # round 252 (achie.org, 2018, 常州高新区): 企业就…等项目开发与江苏大学各研究所专家进行了深入交流
    assert kinds("企业就项目开发与江苏大学各研究所专家进行了深入交流。", "ResearchInstitute") == ["江苏大学"]
    assert kinds("与南开大学现代光电所合作。", "ResearchInstitute") == ["南开大学现代光电所"]


def test_a_town_the_page_named_as_its_parks_is_no_other_area(tmp_path):
    # round 252 (achie.org, 2018, 常州高新区): 空港产业园（罗溪镇）…举办了…对接活动。…罗溪镇党委副书记彭恬介绍了园区及汽车产业
    # 发展情况，…浩达股份、凯鹏液流、帝盛车辆等企业…与江苏大学…专家进行了深入交流
    text = ("常州高新区：借力高校科研力量促进企业科研创新\n3月22日，空港产业园（罗溪镇）结合自身汽车产业链的整体发展布局，"
            "举办了空港产业园（罗溪镇）—江苏大学产学研对接活动。罗溪镇党委副书记彭恬介绍了园区及汽车产业发展情况，"
            "浩达股份、凯鹏液流、帝盛车辆等企业与江苏大学专家进行了深入交流。")
    assert {"浩达股份", "凯鹏液流", "帝盛车辆"} <= _hosted(tmp_path, text)
    text = "常州高新区：借力高校科研力量。罗溪镇党委副书记彭恬介绍了园区发展情况，浩达股份、凯鹏液流、帝盛车辆等企业参加了交流。"
    assert _hosted(tmp_path, text) == set()  # (a town the page never tied to a park: another area)


def test_a_list_of_techniques_after_a_list_of_firms_names_no_investors(tmp_path):
    # round 252 (achie.org, 2018, 常州高新区): 浩达股份、凯鹏液流、帝盛车辆等企业就隔音降噪材料、散热器技术、LED车灯设计、
    # 安全气囊等项目开发与江苏大学各研究所专家进行了深入交流
    text = ("常州高新区：浩达股份、凯鹏液流、帝盛车辆等企业就隔音降噪材料、散热器技术、LED车灯设计、安全气囊等项目开发"
            "与江苏大学专家进行了深入交流。")
    assert "散热器技术" not in _hosted(tmp_path, text)
    assert {"浩达股份", "凯鹏液流", "帝盛车辆"} <= _hosted(tmp_path, text)


def test_a_groups_base_for_a_region_and_its_cluster_are_the_group():
    # round 252 (ttnews, 西安高新区): 已经落地的三星产业集群、华为西部制造基地、比亚迪产业集群等世界500强为区域的发展注入强心剂
    text = "已经落地的三星产业集群、华为西部制造基地、比亚迪产业集群等世界500强为区域的发展注入强心剂。"
    assert kinds(text, "Enterprise") == ["华为", "比亚迪"]
    assert kinds("引进了中电科航空电子产业园、", "Enterprise") == ["中电科航空电子"]  # (a unit's park: the unit)


def test_one_half_of_a_brand_named_before_is_that_firm(tmp_path):
    # round 252 (021cf.cn, 济南高新区 at 30): 齐鲁制药、中烟、浪潮、轻骑铃木等企业陆续落地…重汽桥箱、吉利汽车、临工山特维克等大型集团
    # 落地…以重汽、吉利、铃木、临工为代表的智能装备产业日益壮大
    text = ("济南高新区建区的最初十年里，齐鲁制药、中烟、浪潮、轻骑铃木等企业陆续落地。重汽桥箱、吉利汽车、临工山特维克等大型集团落地。"
            "以重汽、吉利、铃木、临工为代表的智能装备产业日益壮大。")
    hosted = _hosted(tmp_path, text)
    assert {"轻骑铃木", "临工山特维克"} <= hosted and not {"铃木", "临工"} & hosted
    # (not a known company after its plant: 大庆沃尔沃 … 沃尔沃 stay two)
    text = "大庆高新区引进了大庆沃尔沃等企业。沃尔沃在大庆的工厂已投产。"
    assert "沃尔沃" in {o for s, p, o in facts_of(tmp_path, text) if p == "subOrganizationOf"} | _hosted(tmp_path, text)


def test_a_firm_named_with_a_bare_province_is_the_provinces(tmp_path):
    # round 252 (新余高新区's site, 2025): 省金控投资集团…一行莅临我区…依托省金控集团的综合金融优势与高新区的坚实产业基础
    text = "新余高新区：依托省金控集团的综合金融优势与高新区的坚实产业基础，双方在前期已开展了富有成效的合作。"
    assert _hosted(tmp_path, text) == set()


def test_a_person_leading_the_group_he_heads_names_no_group():
    # round 252 (新余高新区's site, 2025): 省金控投资集团党委副书记、副董事长、总经理熊一江率集团及旗下子公司代表一行莅临我区
    text = "12月2日，省金控投资集团党委副书记、副董事长、总经理熊一江率集团及旗下子公司代表一行莅临我区开展调研交流活动。"
    assert kinds(text, "Enterprise") == ["省金控投资集团"]


def test_a_colleges_strengths_in_its_disciplines_are_not_the_zones_sectors(tmp_path):
    # round 251 (a 广州 college's news, 广州高新区 民科园): 熊宇副院长结合电气与信息工程学院在电子信息、智能控制、新能源等领域的学科优势
    # 与办学实践，从人才双向交流、…三个维度展开分享
    text = "广州高新区民科园：会上，熊宇副院长结合电气与信息工程学院在电子信息、智能控制、新能源等领域的学科优势与办学实践展开分享。"
    assert _industries(tmp_path, text) == set()


def test_the_project_company_and_the_new_company_open_no_legal_name():
    # round 253 (energytrend, 2021, 包头稀土高新区): 投资运营主体为当地项目公司双良硅材料(包头)有限公司; 但新公司双良硅材料(包头)有限公司
    # 设立后所从事的…业务是新开展的大规模生产性业务
    for text in ("投资运营主体为当地项目公司双良硅材料(包头)有限公司。", "但新公司双良硅材料(包头)有限公司设立后所从事的业务是新开展的。"):
        assert kinds(text, "Enterprise") == ["双良硅材料(包头)有限公司"], text


def test_a_firms_partners_listed_with_commas_are_not_hosted(tmp_path):
    # round 253 (a 武汉 visit to 东湖高新区's private firms, 2023): 武漢佰均成技術有限責任公司…已成為華為、阿里巴巴,IBM,微軟等
    # 國內外知名企業的重要合作伙伴
    text = ("东湖高新区：武汉佰均成技术有限责任公司是一家信息技术集成服务提供商，自2006年成立以来，已成为华为、阿里巴巴，IBM，"
            "微软等国内外知名企业的重要合作伙伴，人员规模超过万人。")
    assert _hosted(tmp_path, text) == {"武汉佰均成技术有限责任公司"}


def test_a_national_centre_named_after_the_firm_hosting_it():
    # round 253 (潍坊日报, 2022, 潍坊高新区): 充分发挥潍柴国家燃料电池技术创新中心、北航歌尔研究院、天瑞磁悬浮产业技术研究院“一中心两院”
    # 创新平台优势
    text = "他们充分发挥潍柴国家燃料电池技术创新中心、北航歌尔研究院、天瑞磁悬浮产业技术研究院“一中心两院”创新平台优势。"
    assert kinds(text, "ResearchInstitute") == ["国家燃料电池技术创新中心", "北航歌尔研究院", "天瑞磁悬浮产业技术研究院"]
    assert kinds(text, "Enterprise") == ["潍柴"]


def test_a_zones_listed_firms_as_a_kind_name_no_zone_company():
    # round 253 (证券日报 copy, 2022): 中關村境內上市公司在專利授權量、有效發明專利數量及PCT專利申請量方面均實現增長
    assert kinds("中关村境内上市公司在专利授权量方面均实现增长。", "Enterprise") == []


def test_more_projects_of_a_kind_name_no_investor():
    # round 254 (羊城晚报, 2021, 佛山高新区): 本次跨境合作…带动新加坡更多优质项目落户佛山，促进高层次人才到佛山高新区创新创业
    text = "签约仪式上，潘东生表示，本次跨境合作将带动新加坡更多优质项目落户佛山，促进高层次人才到佛山高新区创新创业。"
    assert kinds(text, "Enterprise") == []


def test_a_world_class_centre_to_be_built_is_no_institute():
    # round 254 (集微网, 无锡高新区): 希望华进…建设世界一流的产业技术及先导技术研发中心
    assert kinds("希望华进通过持续推进国家创新中心建设，建设世界一流的产业技术及先导技术研发中心。", "ResearchInstitute") == []
    assert kinds("建设国内领先的智能传感研发中心。", "ResearchInstitute") == []


def test_the_standards_academy_by_its_short_name(tmp_path):
    # round 254 (中国高新技术产业导报, 2021): 昆山高新区…打造天九瞪羚独角兽孵化基地、中标院昆山基地、紫竹科技企业加速器…等多元化的…载体
    text = "昆山高新区打造天九瞪羚独角兽孵化基地、中标院昆山基地、紫竹科技企业加速器等多元化的载体。"
    assert _objects(tmp_path, text, "partnersWith") == {"中国标准化研究院"}
    assert kinds(text, "Enterprise") == []


def test_lasers_are_a_sector_of_their_own_inside_lasers_and_optoelectronics(tmp_path):
    # round 251 (中新网, 2024, 东湖高新区): 中国光谷发展成为全球最大的光纤光缆研发制造基地,全国最大的光器件研发生产基地、
    # 中小尺寸显示面板产业基地和重要的激光产业基地; (rounds 216, 223, 240, 248, 253 name 激光 alone too)
    text = "中国光谷发展成为全球最大的光纤光缆研发制造基地，全国最大的光器件研发生产基地和重要的激光产业基地。"
    assert "激光" in _industries(tmp_path, text)
    # (激光与光电 stays one sector, and 激光 only an example of 光电 is not one)
    assert _industries(tmp_path, "温州高新区为核心区块的中国（温州）激光与光电产业集群列入全国首批试点。") >= {"激光与光电"}
    assert _industries(tmp_path, "鞍山高新区大力发展激光等光电产业。") == {"光电"}


def test_small_and_medium_display_panels_are_a_sector(tmp_path):
    # round 251 (中新网, 2024) and round 253 (光谷 entrepreneurs' day, 2023): 中国光谷…全国最大的光器件研发生产基地、
    # 中小尺寸显示面板产业基地和重要的激光产业基地
    text = "中国光谷发展成为全国最大的光器件研发生产基地、中小尺寸显示面板产业基地和重要的激光产业基地。"
    assert "中小尺寸显示面板" in _industries(tmp_path, text)


def test_an_arm_written_again_by_its_brand_and_place_is_its_legal_name(tmp_path):
    # round 253 (a 苏州 metro supplier visit, 苏州高新区): 网站首页克诺尔苏州苏州轨交公司调研…; 成立于2004年的克诺尔车辆设备(苏州)
    # 有限公司是克诺尔集团…的主要生产基地,截止目前,克诺尔苏州公司已为中国市场的超过25000辆地铁…提供了安全可靠的制动系统
    text = ("网站首页克诺尔苏州苏州轨交公司调研高新区轨道交通发展情况\n成立于2004年的克诺尔车辆设备(苏州)有限公司是克诺尔集团"
            "面向国内市场轨道车辆制动系统产品的主要生产基地，截止目前，克诺尔苏州公司已为中国市场的超过25000辆地铁提供了安全可靠的制动系统。")
    assert "克诺尔苏州公司" not in {s for s, p, o in facts_of(tmp_path, text)}


def test_a_foreign_member_of_an_academy_names_no_partner(tmp_path):
    # round 254 (an investment portal's repost, 2020, 常州高新区): 中国科学院院士李述汤、谭蔚泓、田禾，欧洲科学院外籍院士迟力峰等专家
    # 被聘为常州高新区生命健康产业科技发展顾问
    text = "常州高新区：中国科学院院士李述汤、谭蔚泓、田禾，欧洲科学院外籍院士迟力峰等专家被聘为常州高新区生命健康产业科技发展顾问。"
    assert _objects(tmp_path, text, "partnersWith") == set()


def test_a_policy_system_in_its_title_marks_is_a_policy_and_a_files_extension_no_part_of_it(tmp_path):
    # round 250 (合肥高新区's award meeting, 2023): 高新区自2014开始印发《“2+2”政策体系》; round 216 (a shared document):
    # 《内江高新区促进产业高质量发展“1+N”政策体系.docx》由会员分享
    text = "合肥高新区：高新区自2014开始印发《“2+2”政策体系》，政策实施9年来，支持产业发展政策资金快速增长。"
    assert _objects(tmp_path, text, "implementsPolicy") == {"“2+2”政策体系"}
    text = "《内江高新区促进产业高质量发展“1+N”政策体系.docx》由会员分享，可在线阅读。"
    assert _objects(tmp_path, text, "implementsPolicy") == {"内江高新区促进产业高质量发展“1+N”政策体系"}


def test_a_coded_action_plan_carried_out(tmp_path):
    # round 252 (南昌高新区's media centre, 2024): 南昌高新区深入贯彻落实“1269”行动计划,围绕“一枢纽四中心”战略部署,细化制定“4610”行动计划
    text = "今年以来，南昌高新区深入贯彻落实“1269”行动计划，围绕“一枢纽四中心”战略部署，细化制定“4610”行动计划。"
    assert _objects(tmp_path, text, "implementsPolicy") == {"“1269”行动计划", "“4610”行动计划"}


def test_a_public_facility_among_projects_names_no_investor():
    # round 23 (淮南高新区's land-use report): 建设合创新能源汽车零部件产业园、汽车综合服务基地、污水处理厂等项目，实现低效用地再开发
    text = "建设合创新能源汽车零部件产业园、汽车综合服务基地、污水处理厂等项目，实现低效用地再开发。"
    assert kinds(text, "Enterprise") == []


def test_work_done_on_a_plant_is_no_part_of_its_investor():
    # round 27 (宜昌高新区): 化工新材料产业聚集了总投资320亿元的宁德时代邦普、总投资120亿元的欣旺达东风、总投资150亿元的宜化转型升级
    # 等重点产业项目
    text = "化工新材料产业聚集了总投资320亿元的宁德时代邦普、总投资120亿元的欣旺达东风、总投资150亿元的宜化转型升级等重点产业项目。"
    assert "宜化" in kinds(text, "Enterprise") and "宜化转型升级" not in kinds(text, "Enterprise")


def test_a_list_said_to_be_of_fields_names_no_firm():
    # round 18 (湛江高新区's lab): 依托中船重工、中海油和廣東海洋大學等單位共同建設,主要建設領域包括海洋工程裝備、海洋生物、海洋能源等
    text = "依托中船重工、中海油和广东海洋大学等单位共同建设，主要建设领域包括海洋工程装备、海洋生物、海洋能源等。"
    assert kinds(text, "Enterprise") == ["中船重工", "中海油"]


def test_a_hospital_among_projects_may_be_a_firms():
    # (session 57's review: a public utility among projects names no investor, but a hospital may be a firm's)
    assert "内江爱尔眼科医院" in kinds("高新区签约了内江爱尔眼科医院、华为云数据中心等项目。", "Enterprise")


def test_firms_whose_heads_came_with_the_visitors_are_not_hosted(tmp_path):
    # round 23 (a provincial association's news, 2021): 四川省高科技产业化协会…一行赴德阳高新区考察调研。…深蓝航天科技公司、中科育成投资基金
    # 公司、中关村四川海创科技、创新奇智成都公司、西南联交所等企业负责人随同调研
    text = ("德阳高新区：四川省高科技产业化协会一行到高新区考察调研，深蓝航天科技公司、中科育成投资基金公司、创新奇智成都公司、"
            "西南联交所等企业负责人随同调研。")
    assert _hosted(tmp_path, text) == set()


def test_a_city_written_in_full_before_guo_jia_ji_and_its_zone(tmp_path):
    # round 256 (湛江's 海东园区 plan): 规划海东园区为“湛江市国家级高新区的研发、转化、中试基地”;依托南方海洋科学与工程广东省实验室(湛江)、
    # 中船重工、广东海洋大学的创新优势
    text = "规划海东园区为“湛江市国家级高新区的研发、转化、中试基地”；依托中船重工、广东海洋大学的创新优势。"
    assert ("湛江高新技术产业开发区", "partnersWith", "广东海洋大学") in facts_of(tmp_path, text)


def test_zone_forms_with_a_city_written_in_full_or_guo_jia_ji():
    # (session 58's sweep of every zone's forms: 国家级 before 高新区, the city in full, a place inside a longer one)
    def zone(text: str) -> list[str]:
        return [m.name for m in find_mentions(text + "依托本地高校发展新材料产业。") if m.kind == "Zone"]
    assert zone("马鞍山高新区") == ["马鞍山高新技术产业开发区"]  # not 鞍山's zone, inside 马鞍山
    assert zone("天津市高新区") == ["天津滨海高新技术产业开发区"]  # not 津市's, inside 天津市
    assert zone("包头市高新区") == ["包头稀土高新技术产业开发区"]  # 包头高新区 with its city in full
    assert zone("通化国家级高新区") == ["通化医药高新技术产业开发区"]  # 国家级: the city's one national zone
    assert zone("江苏省高新区") == [] and zone("南昌市拥有国家级高新技术产业开发区") == []


def test_a_list_closed_by_deng_after_a_zones_place_and_gao_xin_names_no_zone_company():
    # (session 58, beside round 253's listed developers): 张江高科、东湖高新、苏州高新等上市公司 lists three firms
    assert "苏州高新等上市公司" not in kinds("张江高科、东湖高新、苏州高新等上市公司发布年报。", "Enterprise")


def test_a_line_break_after_a_digit_wrapped_a_token():
    # (session 58's probe of rounds 12-30 wrapped at a column: round 13's 漳州 page lost two firms to 10-800 G光模块)
    from zonegraph.documents.cleaning import clean
    assert clean("萨至德光电科技10-800\nG光模块、202\n1年") == "萨至德光电科技10-800G光模块、2021年"
    assert clean("Additive\nManufacturing") == "Additive Manufacturing"  # Latin words break between words
    assert clean("AI 芯片 5 G") == "AI芯片5 G"  # a space written in a line stays


def test_a_sector_written_with_chan_ye_leading_what_the_zone_does(tmp_path):
    # round 256 (湛江's 海东园区 plan): 依托…广东海洋大学的创新优势,以海洋战略新兴产业为核心,建设“我国南部海洋科技创新策源地”
    assert "海洋战略新兴" in _industries(tmp_path, "湛江高新区依托广东海洋大学，以海洋战略新兴产业为核心，建设创新策源地。")
    assert _industries(tmp_path, "湛江高新区以战略性新兴产业为主导，加快发展。") == set()  # a kind of sector, none named


def _sectors_of(tmp_path, paragraphs: list[str], zone: str) -> set[str]:
    return {o for s, p, o in facts_of(tmp_path, "\n\n".join(paragraphs)) if p == "hasIndustry" and s == zone}


def test_a_pages_next_article_keeps_the_zone_its_byline_or_title_names(tmp_path):
    # (session 58's probe joining two passages of a round into one page: round 19's 无锡 and 连云港 pages, round 25's 安庆
    # and 南昌 pages): after a byline naming its zone, or a title naming it before a byline, the new article's headings
    # and bare 高新区 are that zone's, not the page's first zone's
    first = ["专家学者集聚无锡共话智能传感器产业", "11月26日，中国智能传感器（无锡）产业链生态建设高端对话在无锡国家高新区微纳园举办。",
             "无锡高新区作为国家传感器创新示范区，坚持走自主创新发展之路。", "“十三五”期间市高新区制造业转型升级情况报告",
             "来源：连云港市高新区科经局 日期：2021-07-27", "一、发展情况",
             "“十三五”期间，初步构建了以装备制造、生物医药、电子信息、新材料等产业为主导的特色产业集群。"]
    assert "生物医药" in _sectors_of(tmp_path, first, "连云港高新技术产业开发区")
    assert "生物医药" not in _sectors_of(tmp_path, first, "无锡高新技术产业开发区")
    second = ["安庆高新区“一轴、四区”空间布局", "安庆高新区将加快构建以生命健康、人工智能为特色的产业体系。", "南昌高新区再获多项荣誉！",
              "发布时间：2022-01-05 09:24:16 来源：高新技术产业开发区", "图片",
              "近年来，高新区坚持“产业为本，项目为王”，形成电子信息、航空制造、新材料产业集群。"]
    assert "航空制造" in _sectors_of(tmp_path, second, "南昌高新技术产业开发区")
    assert "航空制造" not in _sectors_of(tmp_path, second, "安庆高新技术产业开发区")


def test_the_zone_and_its_district_run_as_one_name_the_zone():
    # round 19 (桂林高新区, 2016): 如今，…桂林高新七星区再度掀起了新一轮产业发展热潮 … 作为桂林高新七星区生物医药产业的“主力军”
    found = [m.name for m in find_mentions("如今，桂林高新七星区再度掀起了新一轮产业发展热潮。") if m.kind == "Zone"]
    assert found == ["桂林高新技术产业开发区"]


def test_a_zone_given_a_short_name_opens_its_article(tmp_path):
    # (session 58's joined pages: round 12's 内江 passage, then 青海's) …西宁经济技术开发区（青海国家高新技术产业开发区）（以下简称
    # “开发区”）… ¶ 这里产业“新”潮澎湃 ¶ 美霖光伏制造垂直一体化大基地项目成功落户…: after the heading, still 青海's
    page = ["内江高新区2025年第四季度项目集中签约仪式举行。", "签约仪式上，两个项目正式落户内江高新区。",
            "深度融入产业“四地”建设，西宁经济技术开发区（青海国家高新技术产业开发区）（以下简称“开发区”）加快新兴产业发展。",
            "这里产业“新”潮澎湃", "美霖光伏制造垂直一体化大基地项目成功落户、天合光能青海基地全产业链项目全面贯通。"]
    hosted = {(s, o) for s, p, o in facts_of(tmp_path, "\n\n".join(page)) if p == "hostsEnterprise"}
    assert {s for s, o in hosted} == {"青海高新技术产业开发区"}


def test_a_web_pages_debris_between_paragraphs_is_no_heading(tmp_path):
    # (session 58's joined pages: round 30's 襄阳 passage, then its 肇庆 one) …肇庆高新区举行…招商大会 ¶ ！ ¶ []（） ¶
    # 活动现场亮点纷呈，23个项目集中签约…: the debris of the page's pictures ends no article, the firms are still 肇庆's
    page = ["襄阳科技城开园计划总投资200多亿元", "4月28日，襄阳科技城在襄阳高新区开园。", "为促进科技城发展，襄阳高新区出台了一系列政策支撑。",
            "2026年1月19日，肇庆高新区举行高质量发展暨招商大会。", "！", "[]（）", "图片",
            "活动现场亮点纷呈，创智、兴乐、华润、辉德、美艺等23个项目集中动工。"]
    hosted = {s for s, p, o in facts_of(tmp_path, "\n\n".join(page)) if p == "hostsEnterprise"}
    assert hosted == {"肇庆高新技术产业开发区"}


def test_the_reporter_at_work_inside_an_article_is_no_byline(tmp_path):
    # (session 58's joined pages: round 19's 威海 passage, then 淄博's) …记者采访了解到，近年来按照产城融合新模式，高新区全力推进
    # 淄博科学城和中试基地建设… 中科院自动化所、中科院兰州化物所、北京钢铁研究总院等108家科研机构拟入驻: still 淄博's article
    page = ["威海火炬高新区精准招商引“聚”变", "眼下，威海火炬高新区山东洹球药业有限公司的项目已全部建成试生产。",
            "淄博高新区重奖科技创新、3个新项目签约落地来源：淄博晚报", "活动的主办方，正是淄博高新区。",
            "记者采访了解到，近年来按照产城融合新模式，高新区全力推进淄博科学城和中试基地建设。",
            "中科院自动化所、中科院兰州化物所等108家科研机构拟入驻。"]
    partners = {(s, o) for s, p, o in facts_of(tmp_path, "\n\n".join(page)) if p == "partnersWith"}
    assert {s for s, o in partners} == {"淄博高新技术产业开发区"}


def test_a_heading_naming_one_zone_opens_its_article(tmp_path):
    # (session 58's joined pages: round 24's 福州 passage, then 南昌's profile) 江西省南昌国家高新区 ¶ 试点城市（园区） ¶ 一、区域定位 ¶ …:
    # the headings under it are 南昌's, not the page's first zone's
    page = ["福州高新区建设“一带一圈”科创走廊", "发布时间：2021-12-21 文章来源：福州日报",
            "记者20日获悉，福州高新区将重点发展电子信息、生物医药等产业。", "江西省南昌国家高新区", "试点城市（园区）", "一、区域定位",
            "高新区重点发展航空制造、新材料产业。"]
    owners = {s for s, p, o in facts_of(tmp_path, "\n\n".join(page)) if p == "hasIndustry" and o == "航空制造"}
    assert owners == {"南昌高新技术产业开发区"}


def test_an_article_whose_zone_is_not_known_takes_the_first_it_speaks_of(tmp_path):
    # (session 58's joined pages: round 22's 南宁 passage, then 益阳's) on a page of two zones, under a byline naming none,
    # 南宁高新区 spoken of first: the heading 构建“1+2产业体系” and the firms under it are 南宁's, not nobody's
    page = ("要闻    城市远洋  |  视频\n魅力东盟南宁·中关村科技园建设加速推进\n2021-04-27 14:57:53来源:南宁日报编辑:杨永娟\n\n"
            "  4月26日,市政府召开例行新闻发布会,通报南宁·中关村科技园建设情况。\n\n  近年来,南宁高新区深入贯彻落实重要指示精神。\n\n"
            "  构建“1+2产业体系”\n\n  其中一期已基本建设完成,聚集了浪潮、世纪联合、香港三润等19个产业化项目。\n\n"
            "走进益阳高新区东部产业园的信维通信益阳5G产业园工地,一派热火朝天的景象。\n\n益阳高新区重点项目建设的进度令人欣喜。\n")
    hosted = {(s, o) for s, p, o in facts_of(tmp_path, page) if p == "hostsEnterprise"}
    assert ("南宁高新技术产业开发区", "香港三润") in hosted


def test_a_title_cut_where_its_column_ends_is_a_policy_joined_to_its_rest(tmp_path):
    # corpus 003 (an interleaved newspaper page): …印发《锦州高新区政务服务“综合窗 (the page cuts it off), and …制定了《新建工业项目开工审
    # whose rest opens a paragraph where the column resumes: 批办理服务指南》和《项目审批流程图》，使项目的审批手续一目了然
    cut = "另一方面，锦州高新区创新企业服务模式，将便企服务落在实处。印发《锦州高新区政务服务“综合窗"
    assert ("锦州高新技术产业开发区", "implementsPolicy", "锦州高新区政务服务“综合窗") in facts_of(tmp_path, cut)
    page = ("德州高新区在项目服务方面进一步细化服务流程，明确了项目开工审批的30个具体事项，制定了《新建工业项目开工审\n\n"
            "► 本报记者 于大勇\n\n批办理服务指南》和《项目审批流程图》，使项目的审批手续一目了然。")
    facts = facts_of(tmp_path, page)
    assert ("新建工业项目开工审批办理服务指南", "issuedBy", "德州高新技术产业开发区") in facts
    assert not any("新建工业项目开工审" == o for s, p, o in facts)


def test_titles_listed_after_a_cut_titles_rest_are_issued_with_it(tmp_path):
    # corpus 003: …制定了《新建工业项目开工审 ¶ … ¶ 批办理服务指南》和《项目审批流程图》，使项目的审批手续一目了然: the second title, listed
    # right after the first's rest, is the zone's as the first is, though its sentence names neither the zone nor a verb
    page = ("德州高新区在项目服务方面进一步细化服务流程，明确了项目开工审批的30个具体事项，制定了《新建工业项目开工审\n\n"
            "► 本报记者 于大勇\n\n批办理服务指南》和《项目审批流程图》，使项目的审批手续一目了然。")
    facts = facts_of(tmp_path, page)
    assert ("项目审批流程图", "issuedBy", "德州高新技术产业开发区") in facts
    assert ("德州高新技术产业开发区", "implementsPolicy", "项目审批流程图") in facts


def test_a_title_above_its_byline_in_narrowly_wrapped_text_stands_alone(tmp_path):
    # (session 58's probe wrapping rounds 12-30 at a column: round 30's 枣庄 page) its title, not much shorter than lines
    # wrapped at 33 characters, ran into the byline under it (东营市政府考察团来我区参观考察来自：时间：2019-03-25)
    text = ("当前位置: 首页 > 走进高新 > 高新要闻\n\n东营市政府考察团来我区参观考察\n\n来自: 时间:2019-03-25\n\n"
            "    3月22日,东营市市政府副市长冯艺东、省黄河三角洲农高区党工委委员、\n管委会副主任毕建明带领考察团一行19人来我区参观考察。\n"
            "    市政府副市长刘吉忠、市科技局局长邵磊、高新区党工委委员、副主任高欣及\n市直相关单位的负责同志陪同了考察活动。\n"
            "    在浙大山东工研院,翁悦君向考察团一行介绍了项目建设基本情况以及工研院\n"
            "落地以来围绕山东十强产业成立了6个院系研发中心、2个国际研发中心和3个校企研\n"
            "发中心,共引进常驻高层次人才176人、院士2名;申请专利107项,引入微医、\n上海易教等产业公司30家,完成项目合作签约25个。\n")
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    assert "东营市政府考察团来我区参观考察" in [s.text for s in read_document(path).sentences]


def test_a_photo_credit_run_into_the_next_sentence_is_no_byline(tmp_path):
    # round 25's 昌吉 page set beside its 渭南 page: the credit under a photograph (记者孙学良 摄) runs
    # into the paragraph after it, and read as a byline it ended 昌吉's article before the firms it visits
    facts = facts_of(tmp_path, "丝路昌吉/昌吉州融媒体中心讯(记者 孙学良报道)10月9日,昌吉州党委书记曾艳阳来到昌吉国家高新技术产业开发区调研产业发展和项目建设等工作。\n\n"
                     "10月9日,昌吉州党委书记曾艳阳来到昌吉国家高新技术产业开发区调研。图为在特变新疆电缆智能产业园三期项目,曾艳阳详细了解企业生产经营情况。记者孙学良 摄\n"
                     "在新疆骆甘霖生物有限公司特色乳加工产业园项目施工现场,曾艳阳认真了解项目建设进度;走进昌吉市兴通重工机械有限公司智能制造产业基地等地,实地了解企业发展状况。\n\n"
                     "渭南高新区以“点线面”发展体系打造协同创新发展示范区\n\n发布时间:2020-07-01 来源:凤凰传媒网\n\n"
                     "近年来,渭南高新区坚持创新驱动发展,初步构建了点线面三级协同发展体系。")
    assert ("昌吉高新技术产业开发区", "hostsEnterprise", "新疆骆甘霖生物有限公司") in facts
    assert ("昌吉高新技术产业开发区", "hostsEnterprise", "昌吉市兴通重工机械有限公司") in facts


def test_an_article_named_after_its_zones_plan_keeps_that_zone_beside_another_zones_article(tmp_path):
    # round 15's 泉州 and 三明 pages joined as one (bench/robustness.py's 'two a page'): 泉州's zone is named only
    # in its plan's title, 三明's in its article's text, and the page's zone (三明) took 泉州's firms and plan
    facts = facts_of(tmp_path, "当前位置: 首页 > 科技资讯 > 《泉州高新技术产业开发区主园区发展规划》日前出台\n\n"
                     "《泉州高新技术产业开发区主园区发展规划》日前出台\n\n信息来源:侨乡科技报    发布日期:2013-09-02\n\n"
                     "  近日,随着《泉州高新技术产业开发区主园区发展规划》的出台,这一问题有了明确的答案。\n\n"
                     "  从发展现状看,主园区优势明显。从产业基础上看,拥有北车轨道装备制修、钧石能源、良机集团、天岗精密机械等多个高端项目。\n\n"
                     "机械科学研究总院海西分院建设提速\n发布时间:2014年05月05日\n\n"
                     "  机械科学研究总院海西分院项目是沙县与央企对接的重要成果。去年1月,机械科学研究总院海西分院在三明高新区金沙园揭牌成立。")
    assert ("泉州高新技术产业开发区", "hostsEnterprise", "钧石能源") in facts
    assert ("泉州高新技术产业开发区", "implementsPolicy", "泉州高新技术产业开发区主园区发展规划") in facts
    assert not any(s == "三明高新技术产业开发区" and o in ("钧石能源", "良机集团") for s, p, o in facts)


def test_the_first_article_of_a_page_is_its_zones_before_the_zone_is_named(tmp_path):
    # round 28's 德州 and 长春净月 pages joined as one: 德州's article names its zone only in its fifth sentence,
    # and the sentences before it (its firm, the university's institutes in 禹城) were left without a zone
    facts = facts_of(tmp_path, "山东大学禹城生物工程应用技术研究院,科研人员在做实验\n"
                     "“你看我手中拿的这台变频泵,是我们依托山东大学能源与动力工程学院研发的新产品。”4月6日,在禹城市创新创业服务中心,"
                     "山东海恩动力设备有限公司总经理邓辉荣告诉记者。“禹城市与山东大学建立全面战略合作关系。”"
                     "市政府党组成员、德州高新技术产业开发区党工委书记、管委会主任,禹城市委书记张安民介绍。\n\n"
                     "长春净月高新区2023年工作会议释放了哪些信号？\n\n"
                     "人民网长春2月10日电（李思玥）2月10日下午,长春净月高新技术产业开发区召开2023年工作会议。\n\n"
                     "一年来,净月高新区统筹疫情防控和经济社会发展,交出了一份精彩的高质量发展答卷。")
    assert ("德州高新技术产业开发区", "hostsEnterprise", "山东海恩动力设备有限公司") in facts
    assert not any(s == "长春净月高新技术产业开发区" and o == "山东海恩动力设备有限公司" for s, p, o in facts)


def test_an_article_of_no_zone_is_not_the_next_articles_zones(tmp_path):
    # round 27's 本溪 page (a visit to its 高新区, no zone named) above a 长春净月高新区 article, as bench/robustness.py's
    # 'two a page' joins them: the page's one named zone took the visit's institutes and firm
    facts = facts_of(tmp_path, "您的位置:首页 >药都资讯>新闻动态>详细内容\n\n科技部中国生物技术发展中心主任张新民一行到高新区调研\n\n"
                     "来源: 发布时间:2018-04-28 08:39:49 浏览次数:\n"
                     "4月27日,国家科技部中国生物技术发展中心主任张新民一行到高新区调研医药产业发展情况,市委副书记王庆东陪同调研。\n"
                     "张新民一行先后来到国家中成药工程技术研究中心、沈阳药科大学及辽宁开普医疗系统有限公司,现场了解高新区生物医药产业发展情况。\n"
                     "张新民对高新区的迅猛发展和取得的成绩予以充分肯定,并表示将加强与高新区合作。\n"
                     "市政府秘书长栾奎杰及高新区负责同志参加调研。\n\n"
                     "中新网长春10月11日电 (郭佳 谭伟旗)长春吉浙数字经济发展峰会暨2020数字新浙商长春行11日在长春举行。\n"
                     "长春净月高新区是该市数字经济发展的主阵地。当天,净月高新区与浙江大学签署合作协议。")
    assert not any(s == "长春净月高新技术产业开发区" and o in ("沈阳药科大学", "辽宁开普医疗系统有限公司", "国家中成药工程技术研究中心")
                   for s, p, o in facts)


def test_an_articles_title_over_a_spam_line_and_a_date_opens_that_article(tmp_path):
    # round 18's 衡阳 and 永川 pages joined as one (bench/robustness.py's 'two a page'): 永川's title (培育“永川造”
    # 新能源汽车产业集群) stands over a line of spam and a date, and its cluster went to 衡阳, the article above's zone
    text = "\n".join([
        '衡陽新聞網',
        '              滾動新聞',
        '              您所在的位置首頁 > 新聞中心 > 衡陽新聞 > 正文:',
        '',
        '              衡陽高新區:落實“三高四新”戰略,展現“衡陽擔當”“衡陽力量”!',
        '',
        '              2021-12-19 13:51:47  來源:中國衡陽新聞網   作者:李洋杰 唐笑',
        '              分享到:',
        '               ',
        '',
        '              衡陽新聞網訊 記者李洋杰 通訊員唐笑報道 12月17日,湖南省科技廳發布2021年度湖南省高新區創新發展績效評價結果榜單,衡陽國家高新區在全省8個國家級高新區中綜合排名位列第三。',
        '',
        '              此次全省高新區績效評價對象覆蓋了全省2020年年底前認定的44家國家級及省級高新區,其中國家級高新區8家、省級高新區36家。',
        '',
        '              近年來,伴隨著營商環境的持續優化,衡陽國家高新區傳統產業升級改造步伐加快,各類500強企業、新興產業項目紛至沓來,全區產業結構發生戰略性調整。',
        '',
        '              衡陽高新區始終把科技創新擺在首位,作為引領發展的“第一動力”,不斷完善“平臺+政策+人才+服務”的四維支撐體系,致力打造湘南地區創新驅動發展示范區、高質量發展先行區。',
        '',
        '              2021年,在衡陽市委、市政府高位推動下,全長25公里的衡州大道數字經濟走廊加速蓄能、強勢崛起,沿線布局的45個產業園區初具規模。',
        '',
        '首页 | 地方报道',
        '',
        '培育“永川造”新能源汽车产业集群',
        '',
        '中国开云官网注册网址是什么',
        '2024-08-27',
        ' 来源:科技日报',
        '浏览:',
        '',
        '  工人们穿梭忙碌;机械手自如运行,抓举材料准确“投喂”到智能工位……8月21日,位于重庆永川高新区凤凰湖产业园的重庆豪斯特新能源有限公司(以下简称“豪斯特公司”)的厂房内,各条生产线上的工作忙中有序。',
        '',
        '  永川高新区是推进永川区新能源汽摩产业发展的主导力量。永川区在“十四五”发展规划中提出,打造千亿级汽摩及零部件产业集群,重点发展智能网联汽车、新能源摩托车、整车及零部件。为了实现这一目标,永川高新区提前布局,为加速发展新能源汽摩产业聚势蓄能。'])
    facts = facts_of(tmp_path, text)
    assert ("永川高新技术产业开发区", "hasCluster", "永川高新区新能源汽车产业集群") in facts
    assert not any(s == "衡阳高新技术产业开发区" and p == "hasCluster" for s, p, o in facts)


def test_a_channels_dateline_opens_the_next_article(tmp_path):
    # round 25's 渭南 page above its 昌吉 page (bench/robustness.py's pages, the other way round): 昌吉's article
    # opens with its channel's dateline (丝路昌吉/昌吉州融媒体中心讯（记者…）), and 渭南 took the firms it visits
    facts = facts_of(tmp_path, '\n渭南高新区以“点线面”发展体系打造协同创新发展示范区\n\n发布时间:2020-07-01 来源:凤凰传媒网 点击数:581440\n\n\n\n丝路昌吉/昌吉州融媒体中心讯(记者 孙学良报道)10月9日,昌吉州党委书记曾艳阳来到昌吉国家高新技术产业开发区调研产业发展和项目建设等工作。\n\n10月9日,昌吉州党委书记曾艳阳来到昌吉国家高新技术产业开发区调研。图为在特变新疆电缆智能产业园三期项目,曾艳阳详细了解企业生产经营情况。记者孙学良 摄\n在新疆骆甘霖生物有限公司特色乳加工产业园项目和新疆国经事业新发展股份有限公司年产5.2万吨番茄制品项目施工现场,曾艳阳认真了解项目建设进度、预期生产规模等,强调要加快项目建设进度,确保项目早日投产达效,进一步擦亮昌吉特色农副产品精深加工品牌,全面提高农牧业质量效益和竞争力;')
    assert ("昌吉高新技术产业开发区", "hostsEnterprise", "新疆骆甘霖生物有限公司") in facts
    assert not any(s == "渭南高新技术产业开发区" and p == "hostsEnterprise" for s, p, o in facts)


def test_a_byline_of_an_author_naming_its_zone_opens_that_zones_article(tmp_path):
    # round 17's 长春 page above its 长治 page (bench/robustness.py's 'turned page'): 长治's title and byline (作者：
    # 网站采编) come run into a site's menu, and 长春 took the firms of 长治's 信创 projects
    facts = facts_of(tmp_path, '  作为东北地区生物医药产业的重要集聚区,长春高新区高标准规划建设了面积达23.2平方公里的“长春药谷”,集聚生物医药健康产业上下游企业783家,包括26家规模以上企业、81家高新技术企业和45家专精特新企业,构建了集孵化、研发、生产、配套以及检验检测于一体的相对完整的医药健康产业链条和产业生态体系,积极吸引国内外优质医药企业入驻,加快产业集群的形成。\n\n- · 《中国高新区》征稿要求[05/29]\n- · 《中国高新区》刊物宗旨[05/29]\n山西长治高新区全方位推动高质量发展\n作者:网站采编关键词:\n摘要:亮点工作 2021年6月,被国家发改委等五部委表彰为“2020年度真抓实干成效明显的产业转型升级示范园区”,是全国唯一一家连续两年(2019、2020年)被全国通报表扬的真抓实干成效明显\n亮点工作\n2021年6月,被国家发改委等五部委表彰为“2020年度真抓实干成效明显的产业转型升级示范园区”,是全国唯一一家连续两年(2019、2020年)被全国通报表扬的真抓实干成效明显产业转型升级示范园区。\n▲中极氢能产业生态基地\n在推动信创产业上,2021年2月28日,以龙芯国产化CPU生态为核心,引入了联想开天、神州数码、卓怡恒通、量子芯云、中关村创客小镇等12个上下游项目集中签约落地,初步形成了从芯片、硬盘、主板生产到系统集成、整机制造的完整信创产业链。')
    assert ("长治高新技术产业开发区", "hostsEnterprise", "联想开天") in facts
    assert not any(s == "长春高新技术产业开发区" and o == "联想开天" for s, p, o in facts)


def test_a_title_over_its_title_as_first_printed_opens_its_article(tmp_path):
    # round 25's 长春 page above its 郑州 page (bench/robustness.py's 'turned page'): 郑州's title stands over the
    # title as first printed (原标题：…), and 长春 took 郑州's university and firm
    facts = facts_of(tmp_path, '  到“十四五”末,长春高新区将力争实现发展能级的全面提升,在全国国家高新区综合排名力争上升至25名左右,落位百个亿元以上重点项目,累计新引进各类人才2万人以上。\n\n【签约】高新区创新协同中心“撮合” 河南神玖天航与轻院研究院“结缘”\n原标题:【签约】高新区创新协同中心“撮合” 河南神玖天航与轻院研究院“结缘”\n据了解,神玖天航是河南省唯一具有石英纤维量产能力的高成长性新材料企业,具有良好的发展潜力。郑州轻大产业技术研究院是由郑州轻工业大学与郑州高新区管委会联合共建的新型研发机构,专注科技成果转移转化、产学研合作、产业化项目孵化等创新性综合服务平台。郑州高新区管委会创新协同中心是高新区管委会管理体制和人事薪酬制度改革后新成立的市场化机构,致力于促进政府、高校、科研院所、金融机构与企业间的联络协作,搭建交流合作平台,推动科研成果转化和项目落地。')
    assert ("郑州高新技术产业开发区", "partnersWith", "郑州轻工业大学") in facts
    assert not any(s == "长春高新技术产业开发区" and o == "郑州轻工业大学" for s, p, o in facts)


def test_a_title_over_a_day_and_time_opens_its_article(tmp_path):
    # round 27's 成都 page above its 黄石大冶湖 page: 大冶湖's title stands over a day and time without a year
    # (05-22 10:38 云上大冶), and 成都 took the sectors of 大冶湖's new projects
    facts = facts_of(tmp_path, '  当前,成都高新区正加快推进成都天府国际生物城、前沿医学中心等重点生物医药产业片区项目集群建设,培育形成新的增长点和竞争新优势。\n\n瞄准顶尖制造水平开展招商  高精尖产业推动园区转型升级\n\n05-22 10:38   云上大冶  \n\n云上大冶报道 新能源汽车、智能装备、机器人、无人机、航天电缆……此次招商会上签约的这批新项目,都属于“中国制造2025”鼓励发展的范畴,代表的都是业内顶尖水准,为大冶湖高新技术产业园区带来了转型升级的新机遇。')
    assert ("黄石大冶湖高新技术产业开发区", "hasIndustry", "无人机") in facts
    assert not any(s == "成都高新技术产业开发区" and o == "无人机" for s, p, o in facts)


def test_an_articles_second_half_goes_back_to_its_zone_by_its_city(tmp_path):
    # round 15's 茂名 and 自贡 pages run into each other by halves (bench/robustness.py's 'interleaved'): 茂名's
    # second half names no zone, only 茂名石化 and the 园区, and its firms and sectors went to 自贡, whose half came between
    facts = facts_of(tmp_path, '茂名高新區(qū)前身是廣東省茂名石化工業(yè)區(qū),始建于2003年,轄區(qū)面積約102 平方公里,工業(yè)區(qū)規(guī)劃約35平方公里,位于茂名市中心城區(qū)與水東灣城區(qū)的中間節(jié)點,2018年2月升級為國家高新技術(shù)產(chǎn)業(yè)開發(fā)區(qū)。\n\n“高新制造”漂洋过海正是得益于园区创新驱动的发展“内核”。园区要发展必须依托于创新驱动,而非简单地‘来料加工’。”自贡高新区管委会负责人表示,作为国家级高新技术产业开发区,科技知识资源是自贡高新区赖以生存和发展的重要资源,创新驱动转型升级是推动自贡高新区向前持续发展的不竭动力和核心战略。\n\n產(chǎn)業(yè)培育迸發(fā)活力。圍繞建設(shè)“世界級石化和氫能產(chǎn)業(yè)基地”目標,依托茂名石化千萬噸煉油、百萬噸乙烯兩個龍頭項目,園區(qū)大力發(fā)展新材料、新能源、生物醫(yī)藥、高端裝備制造產(chǎn)業(yè),拓寬發(fā)展新一代信息技術(shù)戰(zhàn)略性新興產(chǎn)業(yè),推動產(chǎn)業(yè)結(jié)構(gòu)從“一業(yè)獨大”走向“多元并進”。豐益國際、廣藥集團等世界500 強“鏈主”企業(yè)接連落戶,龍頭項目扎實推進;廣州工控丙烯腈、廣化化工交易中心等重點項目加速落地;集聚德國巴斯夫、法國液化空氣、遼寧奧克等大批知名企業(yè),成為全國第二大環(huán)氧乙烷精細化工深加工基地,綠色化工、新材料創(chuàng)新型產(chǎn)業(yè)集群發(fā)展壯大。')
    assert ("茂名高新技术产业开发区", "hostsEnterprise", "巴斯夫") in facts
    assert not any(s == "自贡高新技术产业开发区" and o in ("巴斯夫", "丰益国际") for s, p, o in facts)


def test_an_officer_whose_name_ends_as_a_brand_may_is_no_company(tmp_path):
    # round 257's 武汉 page (unseen, first sight): 校长丁烈云 read as a company named with 云, as 阿里云 is
    facts = facts_of(tmp_path, "由华中科技大学和武汉东湖国家自主创新示范区共建的武汉国际微电子学院8日揭牌。"
                     "武汉市委常委、东湖高新区党工委书记胡立山,华中科技大学校党委书记路钢、校长丁烈云等出席揭牌暨签约仪式。")
    assert not any(o == "校长丁烈云" for s, p, o in facts)
    assert kinds("引进了阿里云、华为云等企业。", "Enterprise")[:1] == ["阿里云"]


def test_a_groups_unit_ends_before_the_lists_deng(tmp_path):
    # met beside round 257's 武汉 page: 华为云等企业 read as a unit of 华为 named up to 企业
    assert "华为云等企业" not in kinds("引进了阿里云、华为云等企业。", "Enterprise")
    assert "华为云等企业" not in kinds("引进了华为云等企业。", "Enterprise")


def test_a_status_a_college_is_given_names_no_body(tmp_path):
    # round 257's 武汉 page (unseen, first sight): 国家示范性微电子学院 is what the new college is to become, no partner of the zone
    facts = facts_of(tmp_path, "由华中科技大学和武汉东湖国家自主创新示范区共建的武汉国际微电子学院8日揭牌。"
                     "根据东湖高新区和华中科技大学的共建协议,共建合作方将共同推动三大建设项目。一是支持武汉国际微电子学院建成国家示范性微电子学院;"
                     "二是共建武汉微电子工业技术研究院。")
    assert not any(o == "国家示范性微电子学院" for s, p, o in facts)
    assert ("武汉东湖新技术开发区", "partnersWith", "华中科技大学") in facts


def test_an_articles_second_half_goes_back_to_its_zone_by_its_nickname(tmp_path):
    # round 16's 吉安 and 武汉东湖 pages run into each other by halves (bench/robustness.py's 'interleaved'): 东湖's
    # second half names it only 光谷, and its clusters went to 吉安, the zone of the half before it and of the page
    facts = facts_of(tmp_path, '1976年,趙梓森和他的團隊在武漢郵電科學院一個簡陋的清洗間里,拉出中國第一根具有實用價值的光纖。從一根光纖起步,1988年武漢東湖新技術開發區成立,2001年國家光電子產業基地落戶東湖新技術開發區,武漢·中國光谷(簡稱“光谷”)由此而來。\n\n高標(biāo)規(guī)劃,發(fā)展提速。按照“生態(tài)園區(qū)、城市新區(qū)”的建設(shè)理念,本著“高起點(diǎn)、高標(biāo)準(zhǔn)、高質(zhì)量、高效益”的原則,吉安高新區(qū)遠(yuǎn)景規(guī)劃總面積100平方公里,下轄敦厚園區(qū)和鳳凰園區(qū)。\n\n依托“光’”,又跳出“光”。數十年間,光谷已成為全球最大的光通信研發生產基地、全球最大的高端中小尺寸顯示面板產業聚集地。“芯屏端網”萬億光電子產業集群、萬億生命健康產業集群崛起,集成電路、新型顯示器件、下一代信息網絡和生物醫藥等四大產業,入列國家戰略新興產業集群。')
    assert ("武汉东湖新技术开发区", "hasCluster", "武汉东湖高新区光电子产业集群") in facts
    assert not any(s == "吉安高新技术产业开发区" and p == "hasCluster" for s, p, o in facts)


def test_a_city_partnering_a_zone_takes_its_half_back_to_its_zone(tmp_path):
    # round 22's 南宁 and 益阳 pages run into each other by halves (bench/robustness.py's 'interleaved'): 南宁's
    # second half opens with 南宁 partnering 中关村 (a zone named as the other party), and its sectors went to 益阳
    facts = facts_of(tmp_path, "近年来,南宁高新区深入贯彻落实习近平总书记视察南宁·中关村创新示范基地时作出的重要指示精神,全力推进科技园建设。\n\n"
                     "走进益阳高新区东部产业园的信维通信益阳5G产业园工地,14台塔吊挥舞长臂。益阳高新区重点项目建设“迎春拔节”的进度令人欣喜。\n\n"
                     "科技园是南宁与北京中关村深入贯彻落实习近平总书记重要指示精神,持续深化合作的重要成果之一。自2018年4月26日揭牌以来,"
                     "科技园通过重点构建以新一代信息技术为核心产业,先进制造业及现代服务业为共生产业的“1+2产业体系”,逐步打造成为面向东盟的科技门户。")
    assert ("南宁高新技术产业开发区", "hasIndustry", "新一代信息技术") in facts
    assert not any(s == "益阳高新技术产业开发区" and o == "新一代信息技术" for s, p, o in facts)


def test_a_predecessor_is_no_part_of_the_institutes_name(tmp_path):
    # round 258's 东湖 article (unseen, first sight): 中国信科集团的前身武汉邮电科学研究院 read as an institute named 前身武汉…
    assert "前身武汉邮电科学研究院" not in kinds("1979年，我国第一根实用化光纤在中国信科集团的前身武汉邮电科学研究院诞生。", "ResearchInstitute")


def test_a_zones_nickname_before_its_sector_is_no_part_of_the_sector(tmp_path):
    # round 258's 东湖 article (unseen, first sight): 推动光谷光电子信息产业规模突破5000亿元 read a sector named 光谷光电子信息
    found = kinds("推动光谷光电子信息产业规模突破5000亿元，成为武汉乃至湖北经济增长重要动力。", "Industry")
    assert "光谷光电子信息" not in found and found


def test_a_provinces_innovation_office_issues_the_plan_it_prints(tmp_path):
    # round 258's 东湖 article (unseen, first sight): 湖北省科技创新办公室印发《加快推进光谷科技创新大走廊…行动方案》 was
    # read as the zone's own plan, issued by the zone, its title naming 光谷
    facts = facts_of(tmp_path, "光谷，以“光”命名，因“光”闻名。武汉东湖高新区，1988年，正式挂牌成立。"
                     "今年4月，湖北省科技创新办公室印发《加快推进光谷科技创新大走廊协同创新高质量发展行动方案（2023—2025年）》，"
                     "全力将光谷科技创新大走廊打造成为原始创新策源地。")
    plan = "加快推进光谷科技创新大走廊协同创新高质量发展行动方案（2023—2025年）"
    assert (plan, "issuedBy", "湖北省科技创新办公室") in facts
    assert (plan, "issuedBy", "武汉东湖新技术开发区") not in facts


def test_a_paragraph_whose_speaker_is_a_zones_officer_is_that_zones(tmp_path):
    # round 19's 洛阳 and 平顶山 pages run into each other by halves (bench/robustness.py's 'interleaved'): 洛阳's second
    # half names no zone and no place, only its officer at its end (…四大产业集群。”王忠道表示。), and its clusters went to 平顶山
    facts = facts_of(tmp_path, "洛阳高新技术产业开发区在今年的经济工作中有哪些新亮点,记者近日就此采访了洛阳高新区党工委书记、管委会主任王忠道。\n"
                     "去年年底,高新区申报的节能环保装备产业、硅电子产业成为国家新型工业化示范基地。\n\n"
                     "7月23日,平顶山高新区尼龙新材料产业园区迎来重大技术突破——河南美声新材料有限公司自主研发的高性能增强阻燃PET新材料成功实现技术攻坚。\n\n"
                     "“我区今年全年要实施千万元以上工业项目41个。以项目引进带动和辐射产业链的形成,做强硅材料、高端轴承、钛(钼钨)材料、"
                     "节能减排装备制造四大产业集群。”王忠道表示。")
    assert ("洛阳高新技术产业开发区", "hasIndustry", "高端轴承") in facts
    assert not any(s == "平顶山高新技术产业开发区" and o == "高端轴承" for s, p, o in facts)


def test_the_paragraph_after_a_half_taken_back_goes_on_with_its_article(tmp_path):
    # round 19's 洛阳 and 平顶山 pages run into each other by halves: once 洛阳's second half went back to 洛阳 by its
    # officer, 平顶山's second half (该园区…引入平顶山学院…) after it went to 洛阳 as well
    facts = facts_of(tmp_path, "洛阳高新技术产业开发区在今年的经济工作中有哪些新亮点,记者近日就此采访了洛阳高新区党工委书记、管委会主任王忠道。\n"
                     "去年年底,高新区申报的节能环保装备产业、硅电子产业成为国家新型工业化示范基地。\n\n"
                     "7月23日,平顶山高新区尼龙新材料产业园区迎来重大技术突破——河南美声新材料有限公司(以下简称美声公司)自主研发的高性能增强阻燃PET新材料成功实现技术攻坚。\n\n"
                     "“我区今年全年要实施千万元以上工业项目41个。做强硅材料、高端轴承、钛(钼钨)材料、节能减排装备制造四大产业集群。”王忠道表示。\n\n"
                     "同时,这一成果的取得也充分彰显了尼龙新材料产业园区的创新孵化能力。该园区积极搭建产学研协同平台,"
                     "引入平顶山学院、河南城建学院等高校的专家资源,深入企业一线。")
    assert ("平顶山高新技术产业开发区", "partnersWith", "河南城建学院") in facts
    assert not any(s == "洛阳高新技术产业开发区" and o == "河南城建学院" for s, p, o in facts)


def test_a_numbered_point_goes_on_with_the_zone_of_the_point_before_it(tmp_path):
    # round 22's 泰州 and 南昌 pages run into each other by halves (bench/robustness.py's 'interleaved'): 泰州's second
    # half opens 二是化学药新型制剂产业基地 after its first half's 一是…, and its firms went to 南昌, whose half came between;
    # 南昌's second half after it goes on with 南昌
    facts = facts_of(tmp_path, "目前,泰州国家医药高新技术产业开发区正全力打造五大特色产业基地:\n"
                     "一是疫苗产业基地。目前,国内28家疫苗生产企业已有12家在中国医药城落户。\n\n"
                     "中新网南昌12月15日电(刘力鑫)15日,江西省高层次人才产业园正式开园。\n\n"
                     "“1+5+N”即在南昌高新区重点建设一个核心区;把南昌高新区电子信息、航空制造、医药健康、新材料、国家大学科技城等5个产业基地作为项目产业化载体。\n\n"
                     "二是化学药新型制剂产业基地。复旦张江、万全药业等企业已在园区投产64个化学药新型制剂。\n"
                     "三是生物医药产业基地,重点发展与抗体、基因、蛋白相关的生物医药产业。\n"
                     "四是高端医疗器械产业基地。目前,已有美国美时医疗、奥赛科、GTI、江苏汉美等一批公司落户。\n\n"
                     "在当天的开园仪式上,还有32个项目现场签约落户,涉及电子信息、人工智能、大数据、生物医药、新材料等。")
    assert ("泰州医药高新技术产业开发区", "hostsEnterprise", "万全药业") in facts
    assert not any(s == "南昌高新技术产业开发区" and o in ("万全药业", "奥赛科") for s, p, o in facts)
    assert ("南昌高新技术产业开发区", "hasIndustry", "人工智能") in facts


def test_a_bare_zone_word_opening_a_paragraph_is_the_articles_zone(tmp_path):
    # round 14's 荣昌 and 重庆 pages run into each other by halves (bench/robustness.py's 'interleaved'): 重庆's second
    # half opens 高新区已形成…产业集群 right after 荣昌's, and its clusters went to 荣昌, the zone the paragraph before named
    facts = facts_of(tmp_path, "原标题:落户荣昌国家高新区的四川工业企业已达50余家\n荣昌成川渝合作热土\n"
                     "最近,荣昌有点忙。3月12日,内江党政代表团来荣昌考察座谈推进成渝地区双城经济圈合作事宜。\n\n"
                     "当前位置:首页 > 热点 > 正文\n\n"
                     "西部「重庆」科学城:「人才」+「资本」聚势赋能,打造电子信息产业新高地\n\n"
                     "2026-01-19 08:12 来源:投资界 阅读量:9772\n\n"
                     "在西部科学城重庆高新区,创新动能正在持续集聚。\n\n"
                     "重庆高新区作为重庆新一代电子信息制造业的重要发展区域,已构建起坚实的产业根基。\n\n"
                     "“目前,落户荣昌国家高新区的四川工业企业已达50余家。川企已经成为推动荣昌高质量发展的一支‘生力军’!”"
                     "荣昌国家高新区管委会副主任李国荣如是说。\n\n"
                     "高新区已形成新一代信息技术千亿级、先进制造五百亿级、大健康和高技术服务2个百亿级产业集群。")
    assert ("重庆高新技术产业开发区", "hasIndustry", "先进制造") in facts
    assert not any(s == "荣昌高新技术产业开发区" and o == "先进制造" for s, p, o in facts)


def test_a_city_acting_by_a_means_speaks_for_itself(tmp_path):
    # round 12's 怀化 page: 怀化以抢抓先进制造业为切入点，出台《怀化市…行动计划》 — the city, the subject, issued the city's plan;
    # it was read as the zone's, issued by the zone and carried out there
    facts = facts_of(tmp_path, "怀化高新区是湖南省重要的新型显示产业基地。"
                     "近年,怀化以抢抓先进制造业为切入点,出台《怀化市新型显示产业链发展三年行动计划(2023—2025年)》,"
                     "编制《怀化高新技术产业开发区新型显示产业发展规划(2023—2030年)》。")
    assert not any(p == "issuedBy" and o == "怀化高新技术产业开发区" for s, p, o in facts)
    assert not any(p == "implementsPolicy" and o.startswith("怀化市新型显示") for s, p, o in facts)


def test_a_firms_counterparts_in_an_agreement_are_not_the_zones(tmp_path):
    # round 15's 吉林 page: 吉星轮胎公司分别与…一汽吉林汽车有限公司、中油吉化公司、英国西北轮胎贸易有限公司、港铁国际物流公司进行了
    # 合作签约 — the tyre maker's customers and partners, read as firms of the zone the page is about
    facts = facts_of(tmp_path, "吉林高新区的吉林吉星轮胎有限公司召开产品发布会。"
                     "会上,吉星轮胎公司分别与中国工程院院士郭孔辉、一汽吉林汽车有限公司、中油吉化公司、英国西北轮胎贸易有限公司、"
                     "港铁国际物流公司进行了合作签约。")
    assert ("吉林高新技术产业开发区", "hostsEnterprise", "吉林吉星轮胎有限公司") in facts
    assert not any(p == "hostsEnterprise" and ("西北轮胎" in o or "港铁" in o or "中油吉化" in o) for s, p, o in facts)


def test_a_named_institutes_partners_in_a_clause_without_subject_are_its_own(tmp_path):
    # round 17's 汕头 page: 汕头实验室主攻…，…，并与汕头大学、中山大学、广东以色列理工学院等单位建立合作机制 — the lab's partners,
    # read as the zone's; a zone's own clause keeps its partners (唐山高新区企业与上海光机所签约，并与中科院深圳先进院共建实验室)
    facts = facts_of(tmp_path, "汕头实验室是广东省实验室之一,位于汕头高新技术产业开发区。"
                     "按照广东省实验室建设的总体要求,汕头实验室主攻“碳中和化学与化工、高端精细化学品、高端化工装备”三大方向,"
                     "打造开放式科研平台,并与汕头大学、中山大学、广东以色列理工学院等单位建立合作机制。")
    assert not any(s == "汕头高新技术产业开发区" and p == "partnersWith" and o in ("汕头大学", "中山大学") for s, p, o in facts)
    facts = facts_of(tmp_path, "唐山高新区企业与上海光机所签约，并与中科院深圳先进院共建实验室。")
    assert ("唐山高新技术产业开发区", "partnersWith", "中国科学院深圳先进技术研究院") in facts


def test_a_run_of_numerals_that_is_no_number_opens_no_point(tmp_path):
    # met reading session 60's numbering rule: 三五、成群… (three or five, a crowd) read as a numbered point made the
    # numeral's value unreadable and the whole document failed; 一二、三产业 is no point 一二 either
    facts = facts_of(tmp_path, "苏州高新区重点发展新一代信息技术产业。\n三五、成群的企业家来到园区，引进了华为等企业。")
    assert ("苏州高新技术产业开发区", "hasIndustry", "新一代信息技术") in facts

def test_a_source_line_after_an_articles_body_opens_another_article_on_a_page_of_several(tmp_path):
    # round 12's 天津, 通化 and 沈阳 passages on one page (a newsletter issue of several items): 沈阳's item opens with
    # its source line (（来源:沈阳日报）) after 通化's paragraphs, under 通化's breadcrumb; read as the byline of the article
    # found there, it gave 通化 the institutes 沈阳's item names after its headings
    facts = facts_of(tmp_path, "2023年天津滨海高新区信创产业营收同比增13.92%\n\n发布时间:2024-11-23 10:10:12 来源: sp20241123\n\n"
                     "   中新网 天津3月6日电 (记者 王君妍)记者6日从天津滨海高新区获悉,天津滨海高新区持续构筑以信息技术应用创新为首位度的产业体系。\n\n"
                     "当前位置: 首页>文章 >\n国家高新区高质量发展在行动——通化医药高新区:坚持规划引领 加快形成产业集群新格局\n\n"
                     "来源:  作者: 发布时间: 2022-03-07\n\n"
                     "  坚持投资拉动,加快构筑项目建设新高地。2021年,通化医药高新区实施5000万元以上重点项目21个,总投资达173亿元。\n\n"
                     "(来源:沈阳日报)\n转自:沈阳日报\n"
                     "2月24日,2026浑南科技城科技创新与产业创新深度融合推进大会在火炬东北中心举行。\n"
                     "会议现场,沈阳高新区管委会相关负责人表示,三年来,浑南科技城锚定“科技创新策源地”核心定位。\n"
                     "硬核成果集中发布\n"
                     "会议现场,“2025年度浑南科技城十大创新成果”的发布成为全场焦点。这份亮眼的成果清单,均出自辽宁材料实验室、"
                     "中国科学院金属研究所、东北大学等在沈顶尖创新主体。\n")
    assert ("沈阳高新技术产业开发区", "partnersWith", "中国科学院金属研究所") in facts
    assert not any(s == "通化医药高新技术产业开发区" and o in ("中国科学院金属研究所", "东北大学", "辽宁材料实验室")
                   for s, p, o in facts)


def test_a_paragraph_opening_with_a_zone_not_spoken_of_before_opens_another_article(tmp_path):
    # round 19's 淄博, 石家庄 and 洛阳 passages on one page (six a page): 洛阳's item opens with no title, its zone's
    # full name opening the paragraph after 石家庄's article; the next paragraph's bare 高新区 went back to 石家庄,
    # the article the page's titles had found, and with it 洛阳's sectors
    facts = facts_of(tmp_path, "淄博高新区:打造新材料产业高地\n2022-03-20\n淄博高新区持续壮大新材料产业。\n\n"
                     "石家庄高新区:三十而立,新城崛起\n2022-03-25\n"
                     "过去的2021年对于石家庄高新技术产业开发区(以下简称“石家庄高新区”)来说,是具有重要历史意义的一年。\n"
                     "未来,石家庄高新区将继续一路高歌猛进,在京津冀一体化的政策背景下,向东迈进,创造更多的奇迹。\n"
                     "洛阳高新技术产业开发区在今年的经济工作中有哪些新亮点,记者近日就此采访了洛阳高新区党工委书记、管委会主任王忠道。\n"
                     "去年年底,高新区申报的节能环保装备产业、硅电子产业成为国家新型工业化示范基地和国家硅材料及光伏高新技术产业化基地。\n")
    assert ("洛阳高新技术产业开发区", "hasIndustry", "硅电子") in facts
    assert not any(s == "石家庄高新技术产业开发区" and o in ("硅电子", "节能环保装备") for s, p, o in facts)


def test_a_path_from_the_home_page_opens_an_article_on_a_page_of_several(tmp_path):
    # round 19's 石家庄 and 长春净月 passages on one page: 净月's web page opens with its path of sections
    # (首页 > 媒体动态 > 媒体动态详情), which no breadcrumb pattern knew (no 当前位置：), so 净月's article stayed
    # 石家庄's and its photograph's caption gave 石家庄 净月's 院士工作站
    facts = facts_of(tmp_path, "石家庄高新区:三十而立,新城崛起\n2022-03-25\n"
                     "过去的2021年对于石家庄高新技术产业开发区(以下简称“石家庄高新区”)来说,是具有重要历史意义的一年。\n"
                     "未来,石家庄高新区将继续一路高歌猛进,在京津冀一体化的政策背景下,向东迈进,创造更多的奇迹。\n\n"
                     "首页  >  媒体动态  >  媒体动态详情\n\n药学界领军人物丁健院士工作站在长春净月落成\n\n2024-12-09   央广网   阅读量:110\n\n"
                     "    在第三届世界中医药科技大会2024长春国际医药健康产业博览会举办期间,12月8日,2024长春健博会丁健院士工作站落成及"
                     "长春创新药物研究院签约仪式在净月高新区举行。\n\n活动现场 杨孝午 摄\n\n丁健院士工作站落成仪式 杨孝午 摄\n\n"
                     "    作为中国药学界的领军人物之一,多年来,丁健院士与净月高新区保持着密切合作。\n")
    assert not any(s == "石家庄高新技术产业开发区" and "丁健" in o for s, p, o in facts)


def test_a_title_naming_one_zone_after_body_text_opens_an_article_of_its_own(tmp_path):
    # round 23's 秀洲 and 合肥 passages on one page (six a page): the page finder found 秀洲's web page by its title
    # and date but ran it on into 合肥's item, titled 【壮丽70年·奋斗新时代】合肥高新区管委会三让办公楼之后; the whole was
    # 合肥's (named most), and 秀洲's sectors and firms went to 合肥
    facts = facts_of(tmp_path, (
                     "淮南高新区：聚焦集约用地改革\n"
                     "2021-04-25\n"
                     "近年来，淮南高新区聚焦集约用地改革，大力推进产业转型。\n"
                     "\n"
                     "嘉兴光伏产业园(浙江发展光伏)\n"
                     "admin\n"
                     "2023-01-06 15:20:12\n"
                     "\n"
                     "制造业是立市之本、强市之基,决定着一个地区的综合实力和区域竞争力。昨天,记者从市经信局获悉,在浙江省制造业高质量发展领导小组办公室公布的第二批省级“新星”产业群培育名单中,我市南湖功率半导体分立器件产业群、秀洲光伏新能源产业群、嘉善智能传感产业群、平湖高档数控机床产业群入围,入围项目数量位列全省第一。\n"
                     "\n"
                     "“新星”产业群是依托新科技、聚焦新领域、创造新供给,引领未来发展、创造竞争优势、势可燎原的星星火种,是具有快速成长性、技术领先性、生态协同性的企业群落。“新星”产业群主要围绕“3+X”重点领域,即数字经济、生命健康、新材料等三大科创高地的重点产业领域和高端装备、现代消费品等其他新兴产业领域。\n"
                     "\n"
                     "1月4日,记者走进位于秀洲区的嘉兴阿特斯阳光能源科技有限公司研发车间,只见6条自动化流水线马力全开,工人们在各自岗位上紧张忙碌着,一块块光伏组件在流水线上完善成型,现场一派热火朝天的大干快干景象。\n"
                     "\n"
                     "“此次秀洲光伏新能源产业群能够入选省级‘新星’产业群培育名单,让我们企业倍感振奋和鼓舞,也对整个行业的未来发展充满了信心!”阿特斯总经办主任虞文娟难掩自豪。\n"
                     "\n"
                     "阿特斯是全球光伏产业的佼佼者,科研成果丰富、企业实力雄厚,在全球14个国家获得1938项专利授权。\n"
                     "\n"
                     "为做大做强光伏产业规模,秀洲国家高新区分别于2017年6月、2020年9月与阿特斯签订投资协议,总投资50亿元建设嘉兴高效太阳能光伏组件、新技术研究院及新材料生产基地;2020年11月,阿特斯嘉兴光伏高效组件一期项目投产,生产阿特斯最新210HiKu7产品,功率高达670W。\n"
                     "\n"
                     "【壮丽70年·奋斗新时代】合肥高新区管委会三让办公楼之后\n"
                     "合肥高新区里有两条很“牛”的路。一条是望江西路,路宽且长,被称为“科创大走廊”“上市一条街”;另一条是云飞路,相对短一些,被称为“量子大道”。\n"))
    assert not any(s == "合肥高新技术产业开发区" and ("阿特斯" in o or o in ("数字经济", "新材料", "生命健康")) for s, p, o in facts)


def test_a_paragraph_whose_first_sentence_is_about_a_new_zone_opens_another_article(tmp_path):
    # round 17's 新乡 and 哈尔滨 passages on one page (six a page): 哈尔滨's item names its zone after an opening
    # clause (6年前，在哈尔滨市松北区，刚规划出的哈尔滨高新技术产业开发区…), so its heading (科技要素集聚) went back to
    # 新乡's article, and with it the projects under it
    facts = facts_of(tmp_path, "活动现场,夏青林指出,生物医药产业是天津高新区重点培育的主导产业之一,已连续两年位列全国生物医药产业园区综合竞争力"
                     "排名第七位。\n\n"
                     "首页 热点 资讯 行业 财经 国内 商业 生活 快讯\n\n河南省两个创新型产业集群入选科技部试点培育产业集群\n\n"
                     "国内 来源:河南日报客户端      时间:2021-08-19 08:41:22\n\n"
                     "近日,科技部火炬中心发布“关于开展2021年度创新型产业集群试点(培育)的通知”,许昌智能电力装备制造创新型产业集群和"
                     "新乡高新区生物医药创新型产业集群入选。本次全国纳入试点(培育)的产业集群共43个,其中河南省两个。\n\n"
                     "6年前,在哈尔滨市松北区,刚规划出的哈尔滨高新技术产业开发区“科技创新城”还是一片荒芜。几年光景,这片占地130平方公里,"
                     "东临太阳岛,南傍松花江,西接机场路,北衔大学城的区域已成为高新、高端、高知汇聚的科技高地,被誉为“中国北方智谷”。\n"
                     "科技要素集聚\n"
                     "不久前科技创新城再传捷报,两大世界顶级科技项目正式落地。一个项目是哈工大和中国航天科技集团共建的空间环境地面模拟装置。\n")
    assert not any(s == "新乡高新技术产业开发区" and o in ("中国航天科技集团", "哈尔滨工业大学") for s, p, o in facts)


def test_a_paragraph_about_a_new_zone_opens_another_article_where_nothing_else_sets_them_apart(tmp_path):
    # round 17's 新乡 and 哈尔滨 passages, two a page: the page finder sees one article only (新乡's title), so the rule
    # that a paragraph about a zone not spoken of opens another article did not run, and 哈尔滨's heading went back to
    # 新乡, with the projects under it
    facts = facts_of(tmp_path, "首页 热点 资讯 行业 财经 国内 商业 生活 快讯\n\n河南省两个创新型产业集群入选科技部试点培育产业集群\n\n"
                     "国内 来源:河南日报客户端      时间:2021-08-19 08:41:22\n\n"
                     "近日,科技部火炬中心发布“关于开展2021年度创新型产业集群试点(培育)的通知”,许昌智能电力装备制造创新型产业集群和"
                     "新乡高新区生物医药创新型产业集群入选。本次全国纳入试点(培育)的产业集群共43个,其中河南省两个。\n\n"
                     "6年前,在哈尔滨市松北区,刚规划出的哈尔滨高新技术产业开发区“科技创新城”还是一片荒芜。几年光景,这片占地130平方公里,"
                     "东临太阳岛,南傍松花江,西接机场路,北衔大学城的区域已成为高新、高端、高知汇聚的科技高地,被誉为“中国北方智谷”。\n"
                     "科技要素集聚\n"
                     "不久前科技创新城再传捷报,两大世界顶级科技项目正式落地。一个项目是哈工大和中国航天科技集团共建的空间环境地面模拟装置。\n")
    assert not any(s == "新乡高新技术产业开发区" and o in ("中国航天科技集团", "哈尔滨工业大学") for s, p, o in facts)


def test_a_byline_line_after_a_zones_body_opens_another_article_on_a_page_no_finder_split(tmp_path):
    # round 19's 苏州 and 赣州 passages interleaved (A1 B1 A2 B2): 赣州's web page opens with its date and source line
    # after 苏州's first paragraphs; the page finder sets no articles apart, so the line fell back to 苏州 and 赣州's
    # sectors (科技金融, 智能装备) went to 苏州 until 赣州 was named
    facts = facts_of(tmp_path, (
                     "5月24日,苏州高新区举行重大项目签约仪式,集成电路重点项目、外资重大项目、总部项目三类共52个项目签约,总投资约337亿元。当日,还签约落地了苏州中科地星创新技术研究所项目。\n"
                     "\n"
                     "发布时间:2024-11-25 15:29:12 来源: sp20241125\n"
                     "中新网 赣州11月24日电(朱莹)24日,2023火炬科技成果直通车(赣州站)启动仪式暨产业需求发布会在江西省赣州市赣县区举行。火炬科技成果直通车驶入赣州,全面丰富科技成果转化对接路径和方式,架起科创与产业之间精准衔接“鹊桥”,推动科技成果、高端人才与赣州产业常态化对接合作。\n"
                     "2023火炬科技成果直通车(赣州站)以“科技金融强产业聚能聚才稀金谷”为主题,聚焦稀土新材料、永磁电机和智能装备产业,突出创新链产业链资金链人才链深度融合,围绕企业技术、人才需求瓶颈问题,搭建高水平科技成果与高质量科技企业的精准对接平台。\n"
                     "科技成果直通车将从赣州“发车”,将去宁波、深圳开展两场成果匹配对接项目路演活动。最后将宁波和深圳的科技成果带回赣州,推动三地创新链、产业链、资金链、人才链的深度融合。\n"
                     "\n"
                     "苏州高新区高端装备制造、新一代信息技术、现代服务业三大产业创新集群招商中心也于当日揭牌。活动中,还启动了西门子长三角人工智能共创实验室、南京大学国家集成电路产教融合创新平台苏州中心、集成电路可靠性验证公共服务平台三个重大产业创新平台等。\n"
                     "\n"
                     "作为“中国稀金谷”的核心区、赣州市唯一的国家级高新区,赣州高新区是该市主攻工业倍增升级的主阵地,现已形成以中国科学院赣江创新研究院为代表的“两院五中心”核心科技创新平台集群,成为全市科技创新赋能的主战场。\n"))
    assert not any(s == "苏州高新技术产业开发区" and o in ("科技金融", "智能装备", "稀土新材料") for s, p, o in facts)
    assert ("苏州高新技术产业开发区", "hasIndustry", "新一代信息技术") in facts


def test_a_blank_line_after_a_digit_in_double_spaced_text_wrapped_a_token_too(tmp_path):
    # (session 61's double-spaced copies of rounds 12-30, as the corpus's PDF text layers are: round 30's 襄阳 page
    # lost 快速制造国家工程研究中心华中3D打印智造创新中心 to 华中3 D打印; the blank line after each line is no space)
    from zonegraph.documents.cleaning import clean
    assert clean("快速制造国家工程研究中心华中3\n\nD打印智造创新中心、202\n\n1年") == "快速制造国家工程研究中心华中3D打印智造创新中心、2021年"
    assert clean("Additive\n\nManufacturing") == "Additive Manufacturing"  # Latin words break between words
    assert clean("2021\n\n\n\n2022") == "2021 2022"  # (more than one blank line: no wrapped token)


def test_the_verb_after_an_officers_title_is_no_officers_name(tmp_path):
    # 内江高新区科创局相关负责人介绍: 介绍 is what the officer did, not his name, and a firm's manager who 介绍 on another
    # zone's item of the page does not take that item back to 内江
    facts = facts_of(tmp_path, "内江高新区：校地合作结硕果\n“这也标志着我们同电子科大的校地合作取得阶段性成果。”内江高新区科创局相关负责人介绍。\n"
                               "怀化高新区：崛起千亿级显示产业\n生产线正在高速运转，工人在操作室内对玻璃制造加工流程进行实时检测。\n"
                               "“我们主打智能手机超轻超薄，生产的触摸屏只有4张A4纸张的厚度。”湖南兴怀新材料科技有限公司总经理宋述远介绍。\n")
    assert ("怀化高新技术产业开发区", "hostsEnterprise", "湖南兴怀新材料科技有限公司") in facts
    assert ("内江高新技术产业开发区", "hostsEnterprise", "湖南兴怀新材料科技有限公司") not in facts


def test_a_newsletters_table_of_contents_opens_no_article_and_its_items_titles_open_theirs(tmp_path):
    # a 火炬动态 issue lists its items' titles (each naming its zone) before the first item, and heads each item with
    # its title again: the contents' last zone is not the first item's, and the title repeated opens its item
    facts = facts_of(tmp_path, (
        "火炬动态\n\n科技部火炬高技术产业开发中心\n\n2023年第2期(总第562期)\n\n【奋进新征程 建功新时代】\n"
        "盐城高新区：追“新”逐“绿”集聚发展新动能\n湖州莫干山国家高新区：地理信息小镇的七年\n秀洲国家高新区：嘉兴光伏产业园\n\n"
        "盐城高新区：追“新”逐“绿”集聚发展新动能\n\n"
        "中科院计算所、中科院上硅所、清华大学、高通量研究院……盐城高新区智能终端产业园集聚创新要素，“大院大所”的身影随处可见。\n\n"
        "温兆银是中科院上海硅酸盐研究所研究员，如今他带领的团队在盐城国家级高新区成立了新能源研究院。\n\n"
        "湖州莫干山国家高新区：地理信息小镇的七年\n\n"
        "7年间，位于湖州莫干山国家高新区的德清地理信息小镇从无到有，中科院遥感所在小镇建成了微波特性测量实验室。\n\n"
        "秀洲国家高新区：嘉兴光伏产业园\n\n秀洲国家高新区集聚了嘉兴阿特斯阳光能源科技有限公司等一批光伏企业。\n"))
    partners = {(s, o) for s, p, o in facts if p == "partnersWith"}
    assert {("盐城高新技术产业开发区", "中国科学院计算技术研究所"), ("盐城高新技术产业开发区", "清华大学"),
            ("盐城高新技术产业开发区", "中国科学院上海硅酸盐研究所"),
            ("湖州莫干山高新技术产业开发区", "中国科学院遥感与数字地球研究所")} <= partners
    assert not any(s == "嘉兴秀洲高新技术产业开发区" for s, o in partners)
    assert ("嘉兴秀洲高新技术产业开发区", "hostsEnterprise", "嘉兴阿特斯阳光能源科技有限公司") in facts


def test_an_items_credit_over_the_next_items_title_is_no_line_of_contents(tmp_path):
    # 火炬动态 closes each item with its zone's credit, (供稿:燕郊高新区), over the next item's title: a heading naming one
    # zone over a heading naming another, as a table of contents' lines are, but the credit closes its item, and the
    # title after it opens 德州's, whose first sentence names no zone
    facts = facts_of(tmp_path, (
        "燕郊高新区：创新候鸟\n"
        "今年3月，来自北京的“专精特新”企业联泰集群落户燕郊高新区，成为京津冀协同创新的又一个样本。\n"
        "联泰集群是京津冀国家技术创新中心自主培育的企业，几个月前刚刚把总部从北京迁到了燕郊高新区。\n"
        "(供稿:燕郊高新区)\n"
        "德州高新区：工研院提速\n"
        "“我们建设的大学工研院，内设山东大学生物工程、晶体材料、石墨烯材料三大研究院，年底主体建筑可投入使用。”\n"
        "谈到与山东大学的战略合作，工研院负责人张安民充满了激情，他说双方的合作已经从点对点走向全面深化。\n"
        "(供稿:德州高新区)\n"
        "洛阳高新区：厚植优势\n"
        "洛阳高新区与河南科技大学共建洛阳智能农业装备研究院，推动一批农机装备领域的科技成果就地转化。\n"
        "(供稿:洛阳高新区)\n"))
    assert ("德州高新技术产业开发区", "partnersWith", "山东大学") in facts
    assert ("洛阳高新技术产业开发区", "partnersWith", "河南科技大学") in facts


def test_a_series_of_parallel_leads_goes_on_with_its_articles_zone_on_an_interleaved_page(tmp_path):
    # 泰安's half opens a paragraph with 创新思路，抬高标杆。; after 济南's second half, 创新产业，增量提质。 goes on with
    # 泰安's series of leads, and the firms it names are 泰安's, not 济南's
    facts = facts_of(tmp_path, (
        "利用新技术发展新产业 量子科技从实验室走向产业化\n"
        "12月18日，在黄河流域国家高新区高质量发展论坛上，济南高新区党工委书记王宏志介绍了济南高新区的发展。\n\n"
        "大众网·海报新闻记者 韩宇 泰安报道\n"
        "泰安高新区将坚决贯彻市委、市政府决策部署，力争年内新增规上工业企业15家。\n"
        "创新思路，抬高标杆。按照“打造生态、紧盯前端、沿链聚合、集群发展”的思路，做强主导产业。\n\n"
        "黄河流域生态保护和高质量发展上升为重大国家战略，为济南高新区带来了前所未有的战略机遇。\n"
        "济南高新区一贯遵循向改革要动力。\n\n"
        "创新产业，增量提质。着力推进力博重工铁矿和石墨矿开发、蒙牛乳业百亿级产业集群等项目建设。\n"
        "创新举措，强力推动。坚持全员抓工业，全面实行链长制。\n"))
    assert ("泰安高新技术产业开发区", "hostsEnterprise", "力博重工") in facts
    assert ("济南高新技术产业开发区", "hostsEnterprise", "力博重工") not in facts


def test_a_way_of_developing_and_a_metro_line_are_no_sectors(tmp_path):
    # a reviewer's sentences (session 68): 低碳发展 is how a zone develops, 轨道交通1号线 a line of the metro;
    # corpus document 004, 江阴's plan: 第三节构建绿色低碳循环体系, a section on recycling
    for text in ("苏州高新区坚持绿色低碳发展。", "苏州高新区轨道交通1号线开通，带动发展。", "江阴高新区构建绿色低碳循环体系，推动产业发展。",
                 "苏州高新区积极配合生态环保督察，推动产业发展。"):
        assert not any(p == "hasIndustry" for s, p, o in facts_of(tmp_path, text)), text
    # the sectors themselves are still read
    facts = facts_of(tmp_path, "苏州高新区大力发展绿色低碳产业和轨道交通装备产业。")
    assert ("苏州高新技术产业开发区", "hasIndustry", "节能环保") in facts
    assert ("苏州高新技术产业开发区", "hasIndustry", "轨道交通装备") in facts


def test_a_known_short_name_inside_words_jieba_tags_as_names_is_no_company():
    # a reviewer's sentence (session 68): 实惠普及 holds 惠普 (HP); jieba tags 普及 as a place (ns), so the
    # common words lacked it until data/words/common_words_tagged_as_names.txt
    assert kinds("苏州高新区推动政策实惠普及到每家企业。", "Enterprise") == []
    assert kinds("惠普、戴尔等企业落户苏州高新区。", "Enterprise") == ["惠普", "戴尔"]


def test_a_paragraphs_opening_sentence_is_about_the_zone_the_next_opens_with(tmp_path):
    # corpus document 003 (a page of several zones): 生物医药首位产业优势凸显。兰州高新区将生物医药业作为首位产业…, after
    # 南昌's paragraphs; document 002: 日前，国务院印发《…意见》。合肥高新区将紧抓政策机遇…, after 杭州's
    facts = facts_of(tmp_path, (
        "城市品质不断提升。南昌高新区坚持“产城融合”发展理念，着力打造现代化生态科技新城。\n\n"
        "生物医药首位产业优势凸显。兰州高新区将生物医药业作为首位产业发展，推动产业集群化发展。\n\n"
        "日前，国务院印发《关于促进国家高新技术产业开发区高质量发展的若干意见》。合肥高新区将紧抓政策机遇，"
        "聚焦原始创新。\n"))
    assert ("兰州高新技术产业开发区", "hasIndustry", "生物医药") in facts
    assert ("南昌高新技术产业开发区", "hasIndustry", "生物医药") not in facts
    policy = "国务院关于促进国家高新技术产业开发区高质量发展的若干意见"
    assert ("合肥高新技术产业开发区", "implementsPolicy", policy) in facts
    assert ("兰州高新技术产业开发区", "implementsPolicy", policy) not in facts
    # a sentence that goes on with the zone before stays with it
    facts = facts_of(tmp_path, (
        "南昌高新区坚持“产城融合”发展理念。\n\n"
        "该区还大力发展生物医药产业。兰州高新区将新材料作为首位产业发展。\n"))
    assert ("南昌高新技术产业开发区", "hasIndustry", "生物医药") in facts


def test_two_zones_documents_of_one_title_that_names_no_one_are_two_policies(tmp_path):
    # corpus document 000 (three reviewers, sessions 68-69): 燕郊高新区编制了《绿色发展五年行动方案》 and, later on
    # the page, 长春净月高新区…组织编制《绿色发展五年行动方案》: two zones' own plans, one title
    facts = facts_of(tmp_path, (
        "推动绿色发展。燕郊高新区编制了《绿色发展五年行动方案》，规划了能源“双控”目标。\n\n"
        "践行绿色发展理念。长春净月高新区坚定走绿色发展道路，组织编制《绿色发展五年行动方案》。\n"))
    assert {(s, o) for s, p, o in facts if p == "issuedBy"} == {
        ("绿色发展五年行动方案", "燕郊高新技术产业开发区"), ("绿色发展五年行动方案（长春净月高新区）", "长春净月高新技术产业开发区")}
    # a title that names its issuer is one policy, whichever zone carries it out
    facts = facts_of(tmp_path, (
        "燕郊高新区印发了《国务院关于促进国家高新技术产业开发区高质量发展的若干意见》。\n\n"
        "长春净月高新区印发了《国务院关于促进国家高新技术产业开发区高质量发展的若干意见》。\n"))
    assert {o for s, p, o in facts if p == "implementsPolicy"} == {"国务院关于促进国家高新技术产业开发区高质量发展的若干意见"}


def test_a_plan_a_zone_draws_up_or_carries_out_without_title_marks(tmp_path):
    # a careful reader of corpus documents 000 and 003 (session 69): plans named bare after 编制了, 制定, 落实, or by
    # a sentence that opens with 出台 after its zone's
    facts = facts_of(tmp_path, (
        "南昌高新区不断深化科技体制改革，编制了绿色发展5年行动方案，积极推进企业创新积分制试点。\n\n"
        "宜春丰城高新区落实高新区绿色行动五年计划，聘请专业机构为高耗能企业量身打造绿色工艺改造方案。\n\n"
        "乐山高新区加快建设创新平台。出台创新驱动引领高质量发展实施方案，努力打造企业创新平台。\n"))
    assert ("南昌高新技术产业开发区", "implementsPolicy", "绿色发展5年行动方案") in facts
    assert ("绿色发展5年行动方案", "issuedBy", "南昌高新技术产业开发区") in facts
    assert ("宜春丰城高新技术产业开发区", "implementsPolicy", "高新区绿色行动五年计划") in facts
    assert ("乐山高新技术产业开发区", "implementsPolicy", "创新驱动引领高质量发展实施方案") in facts
    # a plan a page's sentence names bare, no zone acting in it, is still no policy
    assert not any(p == "implementsPolicy" for s, p, o in facts_of(tmp_path, "据悉，该市将编制相关产业三年行动计划。"))


def test_a_plan_named_by_a_name_in_quotes_and_its_word_after_them(tmp_path):
    # a careful reader of corpus document 004 (session 69): 全面落实“创新江阴”三年行动计划, the city's plan the zone
    # carries out; a programme whose word is inside the quotes (“飞凤人才计划”) is still none
    facts = facts_of(tmp_path, "江阴高新区聚焦智慧园区建设，全面落实“创新江阴”三年行动计划，实施5G网络规模部署。")
    assert ("江阴高新技术产业开发区", "implementsPolicy", "“创新江阴”三年行动计划") in facts
    assert not any(p == "implementsPolicy" for s, p, o in facts_of(tmp_path, "江阴高新区实施“飞凤人才计划”，引进人才。"))


def test_the_group_a_unit_belongs_to_is_not_hosted(tmp_path):
    # a reviewer reading corpus document 000, session 69: 隶属于国家能源集团的国华能源投资有限公司 names the group as
    # the unit's parent, no firm 常熟 hosts (as 中国农业发展集团旗下的湖北省种子集团)
    facts = facts_of(tmp_path, "常熟高新区与隶属于国家能源集团的国华能源投资有限公司合作设立中欧氢能创新研究中心。")
    assert ("国华能源投资有限公司", "subOrganizationOf", "国家能源投资集团有限责任公司") in facts
    assert ("常熟高新技术产业开发区", "hostsEnterprise", "国家能源投资集团有限责任公司") not in facts


def test_a_project_rows_brand_is_the_parent_of_its_investor_not_hosted(tmp_path):
    # a reviewer reading corpus document 004 (江阴's plan), session 69: the row 微软江阴创新中心项目 … 微软中国 gave 江阴
    # 微软公司 (the project's name) beside 微软（中国）有限公司 (the investor): the unit is hosted, its parent is not
    text = PLAN_TITLE + ("江阴高新区推进重大项目建设。\n\n序号\t项目名称\t建设内容\t类别\t投资主体\t总投资\t用地面积\t开工时间\t竣工时间\n"
                         "41\t微软江阴创新中心项目\t开展先进制造产业创新转型实践\t新建\t微软中国\t—\t4.5亩\t2021\t2022.12\n")
    facts = facts_of(tmp_path, text)
    assert ("江阴高新技术产业开发区", "hostsEnterprise", "微软（中国）有限公司") in facts
    assert ("微软（中国）有限公司", "subOrganizationOf", "微软公司") in facts
    assert ("江阴高新技术产业开发区", "hostsEnterprise", "微软公司") not in facts


def test_a_list_under_a_heading_of_makerspaces_names_no_companies(tmp_path):
    # a reviewer reading corpus document 004 (江阴's plan), session 69: 3、众创空间类。 heads a list of makerspaces;
    # 中船技创 is one of them, no firm 江阴 hosts and no unit of 中国船舶集团 (中船 alone made that parent)
    text = PLAN_TITLE + ("专栏4-1 “十四五”高新区创新平台和载体建设工程\n\n"
                         "3、众创空间类。创客联盟团、乐创汇、牛商e工场、校品荟、中船技创、金信空间、军创空间、誉蓝科创谷等。\n")
    registry = registry_of(tmp_path, text)
    assert not [name for kind, name in registry.entities if kind == "Enterprise"]
    # a list of firms under a heading of another kind is read as ever
    facts = facts_of(tmp_path, PLAN_TITLE + "3、龙头企业类。江阴高新区重点培育中船技创、长电科技等企业。\n")
    assert ("江阴高新技术产业开发区", "hostsEnterprise", "中船技创") in facts


def test_a_groups_unit_named_before_a_wharf_is_the_wharf_not_a_hosted_firm(tmp_path):
    # a reviewer reading corpus document 004 (江阴's plan), session 69: 中粮贸易码头 is a wharf, pulled down; 中粮贸易
    # stays a company (its owner) but is no firm the zone hosts
    facts = facts_of(tmp_path, PLAN_TITLE + "江阴高新区拆违拆迁持续推进，涉及水源地达标建设的振华港机、中粮贸易码头、肖山码头拆除到位。")
    assert ("江阴高新技术产业开发区", "hostsEnterprise", "中粮贸易") not in facts
    facts = facts_of(tmp_path, PLAN_TITLE + "江阴高新区引进中粮贸易、长电科技等企业。")
    assert ("江阴高新技术产业开发区", "hostsEnterprise", "中粮贸易") in facts


def test_centres_named_by_no_owner_are_no_institutes():
    # a reviewer reading the corpus, session 69: document 003's 兰州高新区（北碚）离岸创新中心 (the zone's offshore
    # incubator, cut to 离岸创新中心 at the bracket), document 004's 以色列创新中心 (a country's, beside overseas
    # incubators), document 000's 氢能研究中心 (a sector's, one of a platform's counted sub-centres)
    assert kinds("2021年2月，兰州高新区设立兰州高新区（北碚）离岸创新中心，并与兰州市科技局共同筹划举办对接会。", "ResearchInstitute") == []
    assert kinds("高质量建设异地孵化器，加强中瑞、中美等海外孵化器及以色列创新中心建设。", "ResearchInstitute") == []
    assert "氢能研究中心" not in kinds("该平台将打造氢能研究中心、中欧绿氢创新中心和国际交流与培训中心3个分中心，推动项目落地常熟。",
                                  "ResearchInstitute")
    # a centre with an owner or a name of its own stays one
    assert kinds("潍柴动力牵头建设国家燃料电池技术研究中心", "ResearchInstitute") == ["国家燃料电池技术研究中心"]
    assert kinds("常熟高新区与中欧氢能创新研究中心合作。", "ResearchInstitute") == ["中欧氢能创新研究中心"]


def test_a_firms_centre_named_as_the_firm_and_zhongxin_is_the_firm(tmp_path):
    # a reviewer reading corpus document 000, session 69: 常熟高新区已成功引进丰田研发 and, further on,
    # 以丰田研发中心和重塑科技为标杆: one company R&D centre (the gold's Enterprise 丰田研发, form 丰田研发中心)
    registry = registry_of(tmp_path, "常熟高新区已成功引进丰田研发、重塑科技等一批核心项目。\n\n"
                                     "常熟高新区以丰田研发中心和重塑科技为标杆，打造氢能产业集群。\n")
    assert ("ResearchInstitute", "丰田研发中心") not in registry.entities
    assert "丰田研发中心" in registry.entities[("Enterprise", "丰田研发")].forms
    # a centre whose firm the document does not name stays an institute of its own
    registry = registry_of(tmp_path, "常熟高新区以丰田研发中心和重塑科技为标杆。\n")
    assert ("ResearchInstitute", "丰田研发中心") in registry.entities


def test_a_project_tables_short_investor_opening_another_rows_legal_name_is_that_company(tmp_path):
    # a reviewer reading corpus document 004 (江阴's plan), session 69: the row 广联达科技股份、松下电器（中国）、联动天翼
    # names by its short name the 北京联动天翼科技股份有限公司 of another row; not 联动天翼新能源有限公司, a firm of
    # the listed companies' table
    from zonegraph.pipeline import extract

    text = PLAN_TITLE + (
        "江阴高新区支持联动天翼新能源有限公司上市。\n\n序号\t项目名称\t建设内容\t类别\t投资主体\t总投资\n"
        "3\t联动天翼动力锂电池及系统一期\t动力锂电池及PACK的研发生产\t新建\t北京联动天翼科技股份有限公司\t500000万元\n"
        "4\t智建美住智慧移动建筑\t建设智慧移动建筑生产运营总部\t新建\t广联达科技股份、松下电器（中国）、联动天翼\t510000万元\n")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    registry = Registry()
    facts = {(f.subject[1], f.predicate, f.object[1]) for f in extract([read_document(path)], registry)[0]}
    assert ("Enterprise", "联动天翼") not in registry.entities
    assert "联动天翼" in registry.entities[("Enterprise", "北京联动天翼科技股份有限公司")].forms
    assert ("江阴高新技术产业开发区", "hostsEnterprise", "北京联动天翼科技股份有限公司") in facts


def test_what_a_speaker_says_of_another_place_is_that_places(tmp_path):
    # round 28 (扬州, a groundbreaking in the zone) and round 23 (中关村's officer on 青海): the speaker's district or
    # partner province is the subject of what is said, its sectors are not the zone's
    text = ("在扬州高新区艾迪药业原料药生产基地开工典礼现场，邗江区委书记张耀武表示，邗江近年来培育形成了以机械装备、"
            "汽车及零部件、生物健康为主导，以纺织服装、节能环保、新型建材为特色的“三主三特”产业体系。")
    assert _industries(tmp_path, text) == set()
    text = ("北京市中关村科技园区管理委员会副主任杨建华说，青海资源禀赋非常好，这几年经济发展也非常快，"
            "尤其光伏产业、装备制造、新材料等新兴产业发展异常迅速，合作发展的空间异常广阔。")
    assert _industries(tmp_path, text) == set()
    # the zone's own city, or the zone itself, speaks for the zone
    assert _industries(tmp_path, "常州高新区主任表示，常州将重点发展新能源、新材料产业。") == {"新能源", "新材料"}


def test_the_last_item_of_a_list_led_by_its_frame_keeps_its_own_words(tmp_path):
    # round 30 (临沂) and round 24 (南昌): 以磁性材料、…、整机智能终端为龙头, 以LED和移动智能终端产业为主: the item as written
    # ends where the frame (为龙头, 为主) begins, and is the form the page names the sector by
    for text, written in (("临沂市高新区产业主要以磁性材料、电子元器件及部品部件、整机智能终端为龙头。", "整机智能终端"),
                          ("南昌高新区电子信息产业：以LED和移动智能终端产业为主，总产值同比增长30%以上。", "移动智能终端")):
        registry = registry_of(tmp_path, text)
        assert written in registry.get(("Industry", "智能终端")).forms


def test_a_kind_of_new_energy_vehicle_is_the_new_energy_vehicle_sector(tmp_path):
    # round 29 (榆林): 速豹新能源重卡项目…园区新能源重卡和氢燃料电池制造产业将实现了从无到有的新突破: 新能源重卡 is the
    # sector (a kind of 新能源汽车), not 新能源 cut off the vehicle
    text = "榆林高新区速豹新能源重卡项目开工，标志着园区新能源重卡和氢燃料电池制造产业将实现从无到有的新突破。"
    sectors = _industries(tmp_path, text)
    assert "新能源" not in sectors and "新能源汽车" in sectors
    assert "新能源重卡" in registry_of(tmp_path, text).get(("Industry", "新能源汽车")).forms


def test_a_joint_institute_belongs_to_both_its_founders(tmp_path):
    text = "嘉兴秀洲高新区引进新南威尔士大学—上海交通大学(嘉兴)光伏联合创新研究院。"
    parents = {o for s, p, o in facts_of(tmp_path, text) if p == "subOrganizationOf"}
    assert parents == {"新南威尔士大学", "上海交通大学"}


def test_a_universitys_own_centre_named_after_it(tmp_path):
    text = "荆州高新区与长江大学共建长江大学农学实验实训中心。"
    assert "长江大学农学实验实训中心" in kinds(text, "ResearchInstitute")
    assert ("长江大学农学实验实训中心", "subOrganizationOf", "长江大学") in facts_of(tmp_path, text)
    assert ("海南医学院安评中心", "subOrganizationOf", "海南医学院") in facts_of(tmp_path, "海口高新区引进海南医学院安评中心。")
    # a verb between the university and a centre: the centre is no unit of it
    assert kinds("与清华大学合作建设数据中心。", "ResearchInstitute") == ["清华大学"]
    # nor a university town's centre (a reviewer, session 70)
    assert kinds("园区建设了松江大学城科创中心。", "ResearchInstitute") == []


def test_a_city_government_named_after_its_province_is_the_citys(tmp_path):
    text = "贵州遵义市人民政府关于印发《遵义市特色优势制造业主动融入成渝地区双城经济圈工作方案》的通知"
    assert ("遵义市特色优势制造业主动融入成渝地区双城经济圈工作方案", "issuedBy", "遵义市人民政府") in facts_of(tmp_path, text)


def test_a_department_that_lately_published_a_notice_issued_it(tmp_path):
    text = "江苏省科学技术厅日前公布了《关于同意首批江苏省创新型产业集群建设的通知》，南通高新区入选。"
    assert ("关于同意首批江苏省创新型产业集群建设的通知", "issuedBy", "江苏省科学技术厅") in facts_of(tmp_path, text)


def test_a_lab_written_after_its_university_and_de_is_the_universitys(tmp_path):
    text = "松山湖高新区与广东医科大学的广东省医学分子诊断重点实验室合作。"
    assert ("广东省医学分子诊断重点实验室", "subOrganizationOf", "广东医科大学") in facts_of(tmp_path, text)
    text = "驻吉林吉星轮胎有限公司的郭孔辉院士工作站落户吉林高新区。"
    assert ("郭孔辉院士工作站", "subOrganizationOf", "吉林吉星轮胎有限公司") in facts_of(tmp_path, text)


def test_plans_named_bare_after_more_verbs_and_endings(tmp_path):
    # rounds 21, 24, 28, 29 (昆山, 河源, 郑州, 咸宁): measures named bare after 推行 and 出台 (…实施办法, …奖励办法), a plan in
    # a list (…三年行动计划、…清单), a zone's 纲要, and a plan whose drawing-up is done (完成了…规划编制)
    policies = {o for s, p, o in facts_of(tmp_path, "河源高新区加大招商引资力度，出台招商引资奖励办法，瞄准央企大型国企。")
                if p == "implementsPolicy"}
    assert policies == {"招商引资奖励办法"}
    facts = facts_of(tmp_path, "昆山高新区成立工作领导小组，研究制定特色专业创新园区发展三年行动计划、十大园区责任分工清单。")
    assert ("特色专业创新园区发展三年行动计划", "issuedBy", "昆山高新技术产业开发区") in facts
    facts = facts_of(tmp_path, "郑州高新区出台了“北斗十条”产业扶持政策，完成了2020-2025年北斗应用产业高质量发展规划编制。")
    assert ("郑州高新技术产业开发区", "implementsPolicy", "2020-2025年北斗应用产业高质量发展规划") in facts
    registry = registry_of(tmp_path, "长春高新技术产业开发区管理委员会发布了第十四个五年规划和2035年远景目标纲要。")
    assert registry.get(("Policy", "第十四个五年规划和2035年远景目标纲要")) is not None
    # a kind of measures, or a sector's plan too short to be a title, is none
    assert not any(p == "implementsPolicy" for s, p, o in facts_of(tmp_path, "郑州高新区出台相关实施办法，编制了产业发展规划。"))


def test_a_zones_administration_named_in_full_issues_as_the_zone(tmp_path):
    # round 29 (长春): 长春高新技术产业开发区管理委员会发布了… was issued by 新技术产业开发区管理委员会, a body cut eight
    # characters before 管理委员会; and a zone's 管委会 between it and 发布 hid that the zone published its plan
    for text in ("长春高新技术产业开发区管理委员会发布了《第十四个五年规划和2035年远景目标纲要》。",
                 "长春高新区管委会发布了第十四个五年规划和2035年远景目标纲要。"):
        facts = facts_of(tmp_path, text)
        assert facts == {("第十四个五年规划和2035年远景目标纲要", "issuedBy", "长春高新技术产业开发区"),
                         ("长春高新技术产业开发区", "implementsPolicy", "第十四个五年规划和2035年远景目标纲要")}, text


def test_two_labels_run_together_are_one_sector_as_written(tmp_path):
    # rounds 26 (随州), 20 (郴州) and 17 (鄂尔多斯): 汽车机械, 有色金属新材料, 云计算大数据 are each one sector, the first label
    # naming the kind of the second, not two; a sector with its broader one's name after it is a form of the first
    text = "随州高新区规模以上企业增至70家，汽车机械、生物农业、电子信息、医药化工、新能源新材料等新兴产业快速发展。"
    sectors = _industries(tmp_path, text)
    assert "汽车机械" in sectors and not {"汽车", "机械制造"} & sectors
    text = "郴州高新区围绕有色金属新材料新能源产业，聚焦稀有金属加工、电池技术创新等关键领域。"
    assert {"有色金属", "新能源"} <= _industries(tmp_path, text) and "新材料" not in _industries(tmp_path, text)
    assert "有色金属新材料" in registry_of(tmp_path, text).get(("Industry", "有色金属")).forms
    assert _industries(tmp_path, "鄂尔多斯高新区云计算大数据产业实现集群发展，机柜总数达到11000台。") == {"云计算大数据"}
    # two top sectors side by side stay peers (round 29, 吉林)
    text = "吉林高新区按照产业特点设置了汽车产业投资促进局、新材料新能源产业投资促进局等8个专业招商职能部门。"
    assert {"新材料", "新能源"} <= _industries(tmp_path, text)


def test_a_zones_cluster_named_again_by_its_title_alone_is_the_same_cluster(tmp_path):
    # round 23 (长春, 通化): the cluster named with its zone, then by its own title after the zone's city, is one cluster
    text = ("近日，长春高新区“长春汽车电子创新型产业集群”和通化医药高新区“通化医药创新型产业集群”被科技部确定为第二批创新型产业集群试点。"
            "长春汽车电子创新型产业集群内有一汽轿车和一汽大众两家整车厂，配套的汽车电子企业86户。"
            "通化医药创新型产业集群拥有各类医药企业94户，规模以上医药工业企业77户。")
    clusters = {key[1] for key in registry_of(tmp_path, text).entities if key[0] == "IndustrialCluster"}
    assert clusters == {"长春高新区汽车电子产业集群", "通化医药高新区医药产业集群"}


def test_a_park_or_a_building_listed_among_projects_is_no_investor():
    text = "富临新能源汽车、九洲工业园、艾默生配套工业园、浙江中小工业园等19个项目加快推进。"
    assert "九洲工业园" not in kinds(text, "Enterprise")
    # a building named by its words counts toward the list, but names no company; a firm's seat does
    text = "侨商国际大厦、汇特嘉西安总部大厦等6个项目正式落户。"
    assert kinds(text, "Enterprise") == ["汇特嘉"]


def test_a_material_before_a_brand_ending_names_a_product():
    text = "格瑞普新能源是国内镍氢电池、聚锂合物充电电池名列前三的制造商。"
    assert kinds(text, "Enterprise") == ["格瑞普新能源"]
    assert kinds("宝鸡高新区聚集了宝钛集团为首的以钛及钛合金材料为主的企业500余家。", "Enterprise") == ["宝钛集团"]
    # a listed project: its investor, then the material it makes
    text = "天衢锂能高端锂离子电池、亿恩科天润电解液二期、精工电子高能量密度磷酸铁锂电池等重点在建项目尽快投产。"
    assert "亿恩科天润" in kinds(text, "Enterprise")


def test_a_firms_own_name_and_its_trade_before_gongsi():
    # 工银|金融资产投资公司: a name of its own, then its trade in everyday words, as a firm's full name is written
    text = "大力发展新金融产业，工银金融资产投资公司、供销金融等20余家新金融机构集聚新区。"
    assert "工银金融资产投资" in kinds(text, "Enterprise")
    # everyday words throughout name no firm
    assert kinds("设立城市建设投资公司。", "Enterprise") == []
    assert kinds("成立了研发生产销售公司。", "Enterprise") == []


def test_a_foreign_firm_written_with_its_country_and_gongsi():
    text = "重点在谈项目包括徐工集团、日本东芝以及芬兰卡特比勒公司等一批500强企业。"
    assert "卡特比勒" in kinds(text, "Enterprise")
    assert "安博瑞" in kinds("大庆双能高科技有限公司引进英国安博瑞公司来高新区合作生产采暖设备。", "Enterprise")
    # a country and a word: "a big German company", no name
    assert kinds("与德国大公司合作。", "Enterprise") == []


def test_a_sector_recognised_as_an_innovative_cluster_without_its_own_chanye(tmp_path):
    # the sector (a pair of them: one cluster of both, its gloss in the form) right before the verb, no 产业 of its own
    facts = facts_of(tmp_path, "楚雄高新区是全省第二大生物医药产业集聚区，现代中药和民族药(彝族药)被科技部认定为国家创新型产业集群。")
    assert {("楚雄高新技术产业开发区", "hasCluster", "楚雄高新区现代中药和民族药产业集群"),
            ("楚雄高新区现代中药和民族药产业集群", "clusterIndustry", "现代中药"),
            ("楚雄高新区现代中药和民族药产业集群", "clusterIndustry", "民族医药")} <= facts
    # …被列为…试点 as …被列入…试点
    listed = facts_of(tmp_path, "南昌高新区医药健康产业发展迅速，中成药产业被列为国家创新型产业集群试点。")
    assert ("南昌高新技术产业开发区", "hasCluster", "南昌高新区中成药产业集群") in listed


def test_valleys_counted_as_the_zones_industrial_valleys_are_clusters(tmp_path):
    # a 谷 a count of 产业谷 closes is a cluster by the text's own word, named by the sector its stem is
    facts = facts_of(tmp_path, "绍兴高新区总投资204亿元，谋划打造细胞治疗谷、创新医药谷、智能康复谷、营养健康谷等“四个特色产业谷”。")
    clusters = {o for s, p, o in facts if p == "hasCluster"}
    assert clusters == {"绍兴高新区细胞治疗产业集群", "绍兴高新区创新医药产业集群", "绍兴高新区智能康复产业集群",
                        "绍兴高新区营养健康产业集群"}
    assert ("绍兴高新区智能康复产业集群", "clusterIndustry", "智能康复") in facts
    # a 谷 alone, no count of 产业谷: a park or a slogan, no cluster
    assert not any(p == "hasCluster" for s, p, o in facts_of(tmp_path, "绍兴高新区谋划打造智能康复谷。"))


def test_a_cluster_of_a_sectors_whole_chain(tmp_path):
    # …全产业链集群: the cluster of the whole chain is the sector's, its own words before the label kept
    facts = facts_of(tmp_path, "南昌高新区重点打造硅衬底LED全产业链集群，率先在全球实现硅衬底GaN基LED产业化。")
    assert {("南昌高新技术产业开发区", "hasCluster", "南昌高新区硅衬底LED产业集群"),
            ("南昌高新区硅衬底LED产业集群", "clusterIndustry", "硅衬底LED")} <= facts
    # the chain alone, no 集群: no cluster
    assert not any(p == "hasCluster" for s, p, o in facts_of(tmp_path, "南昌高新区重点打造LED全产业链。"))


def test_a_narrower_sector_after_de_heading_a_cluster(tmp_path):
    # the words between 的 and a known label heading a cluster are the sector's own: the cluster of the narrower sector
    facts = facts_of(tmp_path, "唐山高新区形成了以松下薄板焊接机器人系统等为先导的智能焊接装备制造业产业集群，规模为国内第一。")
    assert {("唐山高新技术产业开发区", "hasCluster", "唐山高新区智能焊接装备制造产业集群"),
            ("唐山高新区智能焊接装备制造产业集群", "clusterIndustry", "智能焊接装备制造")} <= facts
    assert ("唐山高新技术产业开发区", "hasCluster", "唐山高新区装备制造产业集群") not in facts
    # a grade or a place there is no sector's words
    graded = facts_of(tmp_path, "唐山高新区形成了全国领先的千亿级新材料产业集群。")
    assert ("唐山高新技术产业开发区", "hasCluster", "唐山高新区新材料产业集群") in graded


def test_a_grade_after_a_joiner_opens_the_sectors_phrase(tmp_path):
    # 赋智与|优势新材料: the grade begins the sector's phrase; what 与 joins before it is no part of the sector
    text = "宁波国家高新区兼顾传统制造业持续赋智与优势新材料产业集群发展，科技创新步伐扎实稳健。"
    facts = facts_of(tmp_path, text)
    assert ("宁波高新技术产业开发区", "hasCluster", "宁波高新区新材料产业集群") in facts
    assert "赋智与优势新材料" not in _industries(tmp_path, text)
    # a joiner right before the label still joins a narrower sector's words (节能与新能源汽车)
    assert ("芜湖高新技术产业开发区", "hasCluster", "芜湖高新区节能与新能源汽车产业集群") in facts_of(
        tmp_path, "芜湖高新区获批节能与新能源汽车创新型产业集群。")


def test_a_quoted_national_cluster_title_names_its_sector(tmp_path):
    # “国家X创新型产业集群”: a title whose sector (7 characters here) stands apart after 国家
    facts = facts_of(tmp_path, "烟台高新区已经被科技部认定为“国家海洋生物与医药创新型产业集群”核心载体。")
    assert {("烟台高新技术产业开发区", "hasCluster", "烟台高新区海洋生物与医药产业集群"),
            ("烟台高新区海洋生物与医药产业集群", "clusterIndustry", "海洋生物与医药")} <= facts


def test_a_cluster_said_to_be_recognised_names_its_sector(tmp_path):
    # 借智能机电产业集群被认定为…: a designation is given to a named cluster, its sector the words before 产业集群
    facts = facts_of(tmp_path, "借智能机电产业集群被认定为国家级创新型试点机遇，我市2018年在咸宁高新区成立智能机电产业研究院。")
    assert {("咸宁高新技术产业开发区", "hasCluster", "咸宁高新区智能机电产业集群"),
            ("咸宁高新区智能机电产业集群", "clusterIndustry", "智能机电")} <= facts
    # grades only, or one everyday word, name no sector there
    for text in ("咸宁高新区，传统优势产业集群被认定为省级重点集群。", "咸宁高新区，主导产业集群被列入省级名单。"):
        assert not any(p == "hasCluster" for s, p, o in facts_of(tmp_path, text))


def test_a_count_closing_a_list_of_colleges_keeps_its_last_name(tmp_path):
    # 怀化学院、怀化职业技术学院3所高校: the list is counted, no 等 before the count; its last item is still a college
    text = "怀化高新区拥有湖南医药学院、怀化学院、怀化职业技术学院3所高校及市级以上创新平台30个。"
    assert "怀化职业技术学院" in kinds(text, "ResearchInstitute")
    assert ("怀化高新技术产业开发区", "partnersWith", "怀化职业技术学院") in facts_of(tmp_path, text)
    # a kind counted right after its own name is still no name
    assert kinds("建成新型产业技术研究院10个", "ResearchInstitute") == []


def test_experts_speaking_at_the_zones_event_are_not_partners(tmp_path):
    # the institutes whose experts share cases at the zone's event are the speakers' employers, not its partners
    text = ("芜湖高新区举办“百园百校万企”对接活动。活动现场，发布汽车及零部件、人工智能等产业的技术需求清单，"
            "西安电子科技大学芜湖研究院和中国科技大学的专家学者进行“百园百校万企”合作案例分享。")
    assert not any(p == "partnersWith" for s, p, o in facts_of(tmp_path, text))
    # the zone working with a university's experts is still a partnership
    facts = facts_of(tmp_path, "芜湖高新区与中国科技大学的专家团队合作共建联合实验室。")
    assert ("芜湖高新技术产业开发区", "partnersWith", "中国科学技术大学") in facts


def test_a_rankings_publisher_after_you_is_not_a_partner(tmp_path):
    # the index a zone ranks in, then 由 and who publishes it: a source, not the zone's partner
    text = "佛山高新区在先进制造业强区指数中位列前茅。据悉，先进制造业强区指数由赛迪顾问智能装备产业研究中心在2020年首发。"
    assert not any(p == "partnersWith" for s, p, o in facts_of(tmp_path, text))


def test_a_university_joined_by_a_dash_to_the_zone_in_a_units_name_is_its_partner(tmp_path):
    # “A——zone…联合创新中心”: the dash names the unit's two builders; the university works with the zone
    text = "签约仪式后,双方领导共同为“武汉理工大学——镇江高新区船舶海工与高端装备联合创新中心”揭牌,该创新中心正式启动建设。"
    facts = facts_of(tmp_path, text)
    assert ("镇江高新技术产业开发区", "partnersWith", "武汉理工大学") in facts
    assert ("镇江高新技术产业开发区", "partnersWith", "武汉理工大学—镇江高新区船舶海工与高端装备联合创新中心") in facts
    # a university's institute named with the zone and no dash names no second builder
    facts = facts_of(tmp_path, "上海财经大学金融学院合肥高新区金融研究院揭牌。")
    assert ("合肥高新技术产业开发区", "partnersWith", "上海财经大学金融学院") not in facts


def test_a_fields_term_holding_a_verb_does_not_cut_an_institutes_name(tmp_path):
    # 协同 and 利用 are verbs before a name, but 协同创新 and 综合利用 are terms inside one
    text = "粤港澳大湾区协同创新研究院29日在广州高新区揭牌。"
    assert kinds(text, "ResearchInstitute") == ["粤港澳大湾区协同创新研究院"]
    assert ("广州高新技术产业开发区", "partnersWith", "粤港澳大湾区协同创新研究院") in facts_of(tmp_path, text)
    assert kinds("园区建设国家盐碱地综合利用技术创新中心。", "ResearchInstitute") == ["国家盐碱地综合利用技术创新中心"]
    # the verb still cuts before a name, and a kind of centre is still no name
    assert kinds("高新区与清华大学协同创新，共建研究院", "ResearchInstitute") == ["清华大学"]
    assert kinds("推动产学研协同创新中心建设", "ResearchInstitute") == []


def test_the_zone_among_a_list_of_founders_with_governments_works_with_the_institutes(tmp_path):
    # a list naming a government is of authorities over an event, unless the zone is a founder in it too
    text = ("粤港澳大湾区协同创新研究院29日在广州高新区揭牌。该研究院由广东省科技厅、广州市人民政府、广州高新区、"
            "华南理工大学、南方科技大学、香港大学、香港科技大学、澳门大学、北京协同创新研究院等共同创建。")
    facts = facts_of(tmp_path, text)
    assert ("广州高新技术产业开发区", "partnersWith", "华南理工大学") in facts
    assert ("广州高新技术产业开发区", "partnersWith", "北京协同创新研究院") in facts


def test_a_firms_counterpart_set_apart_from_the_zones_own_partners_is_the_firms(tmp_path):
    # the sentence names the zone's partners, then the firms' agreements apart: those are the firms'
    text = ("活动现场，黄石大冶湖高新区分别与中南财经政法大学、湖北师范大学签订合作协议；湖北实美科技有限公司与华中科技大学、"
            "湖北迪峰换热器股份有限公司与武汉理工大学分别签订校企合作协议。")
    partners = {o for s, p, o in facts_of(tmp_path, text) if p == "partnersWith"}
    assert partners == {"中南财经政法大学", "湖北师范大学"}
    # the zone's firms' partners, the zone naming none of its own, are still the zone's
    text = "银川高新区推动产学研合作，宁夏新澳羊绒有限公司、中再资源(宁夏)有限公司分别与西安工程大学、北方民族大学开展产学研合作。"
    assert ("银川高新技术产业开发区", "partnersWith", "西安工程大学") in facts_of(tmp_path, text)


def test_an_innovation_centre_an_area_is_to_become_for_a_place_is_no_institute():
    # 将成为禹城产业创新中心: the role an area takes for its place, beside 公共服务中心, no body named
    assert kinds("中央创新区将成为禹城产业创新中心、公共服务中心、生态宜居中心。", "ResearchInstitute") == []
    assert kinds("打造成为黄河流域科技创新中心、先进制造业中心", "ResearchInstitute") == []
    # a centre named by its field, or a designation, is still one, whatever the verb
    assert kinds("该中心成为国家燃料电池技术创新中心", "ResearchInstitute") == ["国家燃料电池技术创新中心"]
    assert kinds("将成为国家北斗产业创新中心", "ResearchInstitute") == ["国家北斗产业创新中心"]


def test_a_material_still_names_a_sector_its_cluster_and_an_institute():
    # a reviewer (session 70): materials read as everyday words lost 氮化镓产业集群 and 碳化硅研究院, which every kind of
    # name is checked against; they name no company's product alone, nothing more
    assert kinds("园区积极培育氮化镓产业集群。", "IndustrialCluster") == ["氮化镓产业集群"]
    assert kinds("重点发展的碳化硅产业集群已初具规模。", "IndustrialCluster") == ["碳化硅产业集群"]
    assert kinds("园区与碳化硅研究院合作。", "ResearchInstitute") == ["碳化硅研究院"]
