"""probe67 corpus notes, S08-S14 (pharmacy and anticoagulation-clinic consults; all invented)."""

S08 = {"patient_id": "S08", "age": 52, "sex": "F", "notes": [
("2023-01-10", "Diabetes Pharmacotherapy Clinic", """
DM pharmacotherapy visit (CDCES/PharmD), Linwood Family Health
52 F, T2DM since 2009. ESRD -> home PD (APD) since 2021. Class III obesity: wt 112 kg, BMI 41.2.
Current: insulin lispro 4-8u w/ meals (sliding scale, injects abdomen), linagliptin 5 mg.
A1c 8.6.
Plan: begin weekly SC semaglutide, 0.25 mg, x4 wks then 0.5 mg. Ok in PD (no renal adjustment), counselled on GI effects and slow titration.
Pen demo: pt practised on a trainer pen then gave her first real dose in clinic, choosing the outer part of her L thigh "so it stays away from my PD catheter". Advised rotating within the thigh and switching sides; she said she will "keep it simple" and use the same leg.
Stop linagliptin when 0.5 mg reached. F/u 4 months.
"""),
("2023-05-16", "Diabetes Pharmacotherapy Follow-up", """
F/u visit.
Wt 103.4 kg (-8.6 kg), BMI 38.7. A1c 7.1. Now semaglutide 1 mg weekly. Nausea settled.
Pt reports an exquisitely tender lump on the lateral L thigh where she does the weekly pen -- began on 5/8/23, now with a bluish-purple ring and a dark scab. She is still injecting in that area each Sunday. Lispro still given into the abdomen; abdomen skin unremarkable on exam.
Exam: L lateral thigh 3.5 cm firm violaceous nodule, central 8 mm black eschar, retiform border.
Holding semaglutide until seen. Contacted PD nurse + nephrology; derm same-week slot booked. Differential given to pt incl calciphylaxis vs injection-site reaction/panniculitis.
"""),
("2023-06-02", "PD Unit - Clinical Pharmacist Note", """
Renal pharmacy note (PD unit).
Biopsy 5/24 from L lateral thigh: CALCIPHYLAXIS -- vessel-wall calcium shown on von Kossa, with fat necrosis. Dermatology attributes the location to the weekly semaglutide injections she gave into that thigh from January.
Binder: calcium acetate -> sevelamer. Calcitriol stopped. STS IP per unit protocol - first bag today.
Semaglutide: restart discussed -- if resumed, abdomen far from catheter, never the thighs. For now remains on hold.
Insulin lispro: continue into abdomen, rotate quadrants.
No anticoagulant (warfarin never used).
"""),
]}

S09 = {"patient_id": "S09", "age": 64, "sex": "M", "notes": [
("2018-10-23", "Clinical Pharmacist Consult - Insulin Technique", """
Consult from HD unit (Redfern Rd): "pt w/ painful abdominal lesion, ? insulin related, please review technique".
64M, ESRD on HD since 2014, T2DM on insulin detemir 20 units bid + aspart with meals. No anticoagulants.
Technique review: pt injects every dose himself, always on the RIGHT half of his belly, about a hand's width from the navel -- he is right-handed and "never once" uses the left. Mild lipohypertrophy R periumbilical, no discoloration there.
The lesion: L lower abdomen, 7 cm mottled violaceous plaque w/ 2 black areas, very painful; started early October. Pt adamant no needles, no heat, no injury on the left.
Assessment: lesion is on the opposite side from all his injection sites. Calcium x phos elevated. Suspicious for calciphylaxis -- referred derm today.
Recs: move injections to R thigh and rotate; stop calcium-based binder.
BMI 29.9 (nephrology lists him as overweight; no obesity dx).
"""),
("2018-11-13", "Pharmacy Follow-up", """
Derm bx (10/29) L lower abdominal plaque: calciphylaxis, confirmed by histology.
Derm note states no trauma at the left abdominal site; insulin sites (R abdomen, now R thigh) are clear.
STS 25 g post-HD MWF; cinacalcet 60 mg; sevelamer 1600 mg TID.
Insulin detemir reduced to 16 bid for lows after reduced intake. Pain regimen: hydromorphone 1 mg q4h prn.
Wt unchanged, BMI 29.9.
"""),
("2019-01-08", "Renal Pharmacy Clinic", """
Abd wound epithelialising at edges; STS to finish 1/25.
Hypoglycaemia x2 overnight last wk -> detemir 14 units bid, aspart unchanged. R thigh injection sites: soft, no lumps.
Calcium 8.9 / phos 4.8. Nephrology happy with mineral control.
"""),
]}

S10 = {"patient_id": "S10", "age": 69, "sex": "F", "notes": [
("2020-06-09", "Anticoagulation Clinic Visit", """
Warfarin mgmt visit, AF (CHA2DS2-VASc 4). INR 2.9 (goal 2-3). Dose: 4 mg daily except 2 mg Sun.
Pt mentions a new sore behind her L calf that started a week ago (6/2), initially "a purple spider-web" that is now dark in the middle and burning. Denies any fall, knock, scratch or insect bite before it appeared; does not use heat or ice; wears loose socks.
PMH: ESRD, HD at Lakeview T/Th/Sa, non-diabetic, HTN, gout.
Examined: L posterior calf 3 cm stellate purpuric patch, tender, livedoid border.
Concern for calciphylaxis (HD + warfarin). Derm referral + messaged nephrology. Warfarin not changed until seen.
BMI 22.8 (62 kg / 165 cm).
"""),
("2020-06-23", "Anticoagulation Clinic Telephone Note", """
Pt called. Saturday (6/20) she bumped the sore calf against the footrest of her transport wheelchair getting into the van, and "the sore bled through the bandage". Bleeding stopped with pressure after ~10 min.
INR at HD yesterday 2.7.
Derm bx done 6/16 -> path just resulted: calciphylaxis (biopsy proven).
Rec: keep wound covered, pad wheelchair footrest, call if bleeding recurs. Discussed with nephrology: switch from warfarin to apixaban.
"""),
("2020-07-07", "Pharmacy Anticoagulant Transition Note", """
Warfarin stopped 6/26; 6/29: apixaban begun, 2.5 mg BID, INR 1.8.
Calf wound: per wound RN, ulcer stable, eschar intact; the footrest knock did not enlarge it.
Sodium thiosulfate with HD since 6/24. Sevelamer 800 mg TID.
Pt discharged from warfarin clinic; pharmacy will follow apixaban through the renal clinic.
"""),
]}

S11 = {"patient_id": "S11", "age": 74, "sex": "M", "notes": [
("2021-09-28", "PD Clinic Clinical Pharmacist Note", """
74 yo man on CAPD (since 2019), T2DM managed by diet alone, HTN, gout.
Seen with PD RN for painful R inner thigh plaque -- onset mid September, per pt "like a burn but I never burned it". Denies injections into the legs (no insulin, no heparin at home), no heating pads, no trauma, no tight clothing there.
Exam: R medial thigh: firm plaque 6x5 cm; its centre is necrotic, dusky-black; livedo at the edge.
Med rec: calcitriol 0.5 mcg daily, calcium carbonate 1250 mg TID, allopurinol 100 mg, amlodipine. No warfarin or other anticoag.
Ht 175 cm Wt 93 kg, BMI 30.4.
Recs: stop calcitriol + calcium carbonate; sevelamer. Derm urgent.
"""),
("2021-10-12", "Clinical Pharmacy Consult - Wound Pain", """
Consult: pain control for biopsy-proven calciphylaxis R medial thigh.
Bx 10/1 (derm punch, edge of the thigh plaque) = calciphylaxis.
Since the biopsy he presses frozen ice cubes in a sandwich bag onto the thigh plaque at night "to numb it"; wound clinic performed sharp debridement of the eschar 10/8 and dressings are changed daily by wife.
Recs:
 - stop applying ice to the wound (vasoconstriction, tissue injury)
 - hydromorphone tabs 1 mg q4 hourly prn + acetaminophen 650 q6h scheduled
 - premedicate 30 min before dressing changes
 - avoid gabapentin >300 mg/d (PD)
Intraperitoneal STS begun 10/6.
"""),
("2021-11-16", "PD Clinic Pharmacy Follow-up", """
R thigh wound smaller per wound clinic measurements (5 x 4 cm), granulation at edges.
No new lesions. Pain 3/10, hydromorphone ~2 doses/day.
Phos 5.1 on sevelamer. PTH 390.
Weight 91.8 kg (BMI 30.0).
"""),
]}

S12 = {"patient_id": "S12", "age": 61, "sex": "F", "notes": [
("2022-04-05", "Inpatient Clinical Pharmacist Admission Med Review", """
Adm med history -- Ward 6B. Sources: pt, outpatient pharmacy fill history, HD unit MAR.
61F with ESRD on HD (MWF), HTN, morbid obesity (BMI 44.3), no diabetes. Admitted for pain and a necrotic area on the pannus of the lower abdomen; outpatient derm biopsy on 3/30 proved calciphylaxis.
Pt started noticing painful purple mottling on the underside of the pannus around the middle of March.
Asked specifically: nothing has ever been injected into her belly -- she takes neither insulin nor home heparin nor weight-loss shots, no heat packs, no belts/girdles, no falls or scratches there. She was offered warfarin for paroxysmal AF in 2020 and declined -- never took it.
Home meds: calcium acetate 1334 mg with each meal, amlodipine 10, cinacalcet 30 mg, metoprolol 50 bid.
VTE ppx on this admission: team plans SC heparin 5000 u q8h -- pharmacist recommendation: give into the upper arms/thighs, NOT into the pannus/abdomen.
"""),
("2022-04-08", "Pharmacy Progress Note", """
2nd dose today of STS 25 g after dialysis. No acidosis so far (HCO3 22).
Heparin ppx not yet started (pt on SCDs, refused injections). If she agrees, plan is arms only.
Calcium acetate -> sevelamer. Pain: hydromorphone PCA converted to PO.
Wound care nurse: pannus wound 9 x 6 cm, eschar, no infection.
Wt 126 kg, BMI 44.3.
"""),
("2022-05-10", "Renal Pharmacy Clinic Note", """
Post-discharge visit.
Pannus calciphylaxis wound improving on STS (now week 5), eschar lifting at edges.
Pt never received the heparin in the end -- mobilising well, SCDs only during the stay.
Meds unchanged otherwise. Weight 124.6 kg, BMI 43.8.
"""),
]}

S13 = {"patient_id": "S13", "age": 56, "sex": "M", "notes": [
("2019-11-19", "Anticoagulation Clinic Visit", """
Warfarin clinic, Stonebridge. Indication: recurrent DVT, lifelong, INR 2-3.
INR 2.4. Dose 6 mg daily.
56 M, ESRD; dialyses Tue-Thu-Sat. T1DM on insulin pump -> changed to MDI (glargine/aspart, all into the abdomen).
Pt had an influenza vaccine into the left deltoid at the pharmacy counter 11/5. Since about 11/12 that spot has a red, warm, fluctuant swelling 2 cm. Looks like an injection-site abscess.
Separately: painful purple-black patches on both shins for about a month, getting worse -- HD nurse already referred to derm.
Recs: PCP to see deltoid today (I&D ?). No change to warfarin; INR recheck 1 wk.
"""),
("2019-12-03", "Clinical Pharmacist Consult", """
Consult: antibiotic choice + anticoagulant review after derm biopsy.
Derm bx of R shin plaque 11/22: calciphylaxis (confirmed); both lower legs affected, no trauma or injections at the shins per derm.
L deltoid: I&D 11/20 by PCP -- sterile abscess after the vaccine, cultures no growth, resolving; derm confirms this was NOT calciphylaxis.
Antibiotic: doxycycline started by PCP can stop (culture neg).
Anticoag: warfarin -> apixaban transition recommended given calciphylaxis; renal/hematology agree.
Wt 78 kg, BMI 25.1.
"""),
("2020-01-14", "Pharmacy Follow-up - DOAC", """
Apixaban 5 mg BID since 12/10 (VTE treatment dose, HD pt, reviewed w/ hematology). Warfarin stopped 12/7.
Shin ulcers both healing slowly on STS. L arm skin normal.
Insulin: glargine 14u + aspart, abdomen only. No hypos.
"""),
]}

S14 = {"patient_id": "S14", "age": 48, "sex": "F", "notes": [
("2024-08-13", "PD Clinic - Pharmacist Counselling Note", """
Counselling visit after new dx.
48F, ESRD (CCPD), T2DM: degludec 40u + lispro, obesity (BMI 37.0). No anticoagulation.
Derm bx 8/7: calciphylaxis, bilateral inner thighs (painful indurated plaques w/ eschar on both sides, onset July).
Counselled pt + husband on protecting the skin: no heating pad, no hot-water bottle, no cold pack anywhere on her legs; thighs are off limits for any injection; avoid tight underwear/jeans; keep weight off the area when sitting.
Insulin is given only into the abdomen per pt and husband -- has never used the thighs. She has not used heat or cold on them and recalls no injury there before this.
Sodium thiosulfate: nephrology leaning toward switching to HD for IV STS.
"""),
("2024-09-10", "Renal Pharmacy Note", """
Switched PD -> in-center hemo 8/26 (R IJ tunneled cath) for IV STS access + clearance.
STS 25 g post-HD Mon/Wed/Fri. Tenckhoff removal to be scheduled.
Thigh lesions: no new areas, L side less tender.
Insulin degludec reduced to 34u (less dextrose load off PD). Lispro unchanged, abdomen.
BMI 36.6.
"""),
("2024-10-22", "Renal Pharmacy Note", """
Quick check-in during HD. Reiterated: no thigh injections, no heat packs, rotate abdominal sites.
Both thigh wounds healing. Stable on HD.
"""),
("2025-01-28", "Renal Pharmacy Note - Annual Med Review", """
Annual review, chairside. Thighs: both areas closed over, pink scar, pt walking further.
STS completed 12/2024 after 16 weeks. Staying on HD (no plan to return to PD).
Degludec 30u, lispro per carb count -- still only in the belly. A1c 7.4.
Meds pruned: stopped pantoprazole (no indication), kept sevelamer + cinacalcet.
BMI 35.2, weight trending down slowly.
"""),
]}

PATIENTS = [S08, S09, S10, S11, S12, S13, S14]
