"""Synthetic notes, patients Z08-Z14. Every word written for this corpus."""

PATIENTS = []


def P(pid, age, sex, notes):
    PATIENTS.append({"patient_id": pid, "age": age, "sex": sex, "notes": notes})


# ---------------------------------------------------------------- Z08
P("Z08", 70, "M", [
("2021-06-09", "Operative Note",
"""OPERATIVE NOTE
DATE OF PROCEDURE: 06/09/2021
SERVICE: VASCULAR SURGERY
PREOPERATIVE DIAGNOSIS: Nonsalvageable left foot -- wet gangrene of the forefoot with osteomyelitis; infrainguinal disease not amenable to revascularization.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: LEFT BELOW-KNEE AMPUTATION, long posterior flap.
ANESTHESIA: General.
INDICATIONS: 70M, hemodialysis for ESRD, DM2 requiring insulin, AF formerly on warfarin (stopped 2020 after a GI bleed), with a septic left forefoot despite IV antibiotics.
DESCRIPTION: Tourniquet not used. Anterior incision 10 cm distal to the tibial tubercle, posterior flap fashioned. Tibia divided and beveled, fibula cut 1 cm shorter. Neurovascular bundles ligated; tibial nerve on traction and cut. Fascia closed with 0 Vicryl, skin with staples. Soft bulky dressing.
EBL 150 mL. Specimen: left leg to pathology. Pt to PACU stable.
"""),
("2021-08-02", "Surgery Clinic",
"""VASC SURG POSTOP CLINIC
Pt seen ~8 wks s/p L BKA. States the stump was "healing fine" when the staples came out, but since mid-July 2021 the incision has gone dark and the pain is "like a burn", 9/10, not touched by oxycodone.

PE: L BKA stump -- along the medial two thirds of the incision line a 7 cm band of black eschar w/ stellate retiform purpura extending 2-3 cm onto the posterior flap. No purulence, no fluctuance. Femoral pulse palpable. R leg: no lesions.

A: stump incision necrosis. Ddx ischemic flap failure vs calciphylaxis (ESRD, PTH in the 900s, pain out of proportion, retiform pattern).
P: wedge bx of the edge today (separate procedure note). May need revision to AKA. Neph aware.
"""),
("2021-08-06", "Surgical Pathology",
"""DIAGNOSIS:
Skin and subcutaneous tissue, left below-knee amputation stump, wedge biopsy:
 - CALCIPHYLAXIS: small arteries whose media is calcified around the whole circumference; intimal proliferation; luminal thrombi; calcium also deposited outside vessels within fat lobules.
 - Overlying epidermal and dermal infarction.
Tissue culture: no growth at 48 h.
"""),
("2021-09-20", "Dialysis Unit Progress Note",
"""HD ROUNDING NOTE 9/20/21
*copied from 9/13 note, updated*
70M ESRD on HD TTS via RIJ permcath. T2DM on insulin (glargine 12u). S/p L BKA 6/9/21. CALCIPHYLAXIS of the L BKA stump incision (bx 8/6/21), onset July 2021. STS 25 g post-HD since 8/10. Wound care by vasc surg. Warfarin: none (d/c 2020).
Today: stump eschar stable, edges dry, no new lesions. Pain 5/10.
Dry wt 76 kg, BMI 24.8.
Plan: cont STS, cinacalcet 60 mg, sevelamer 1600 TID; vasc surg 9/27.
"""),
])

# ---------------------------------------------------------------- Z09
P("Z09", 49, "M", [
("2023-09-14", "ED Note",
"""ED Note
49 yo M ESRD on HD (MWF, R arm AVF), HTN, no DM, c/o painful sore on R shin x2wk. States he banged the shin on the corner of a metal step at the bus stop "maybe 3 weeks ago", skin peeled off, then a dark crusted sore formed; the skin around it is mottled and very painful. Afebrile.

PE: R anterior shin -- 3 x 2 cm ulcer w/ dry black crust, surrounding ~6 cm zone of violaceous net-like discoloration, marked tenderness. No pus. L leg nl.

Ddx: infected traumatic ulcer vs early calciphylaxis (CUA) -- the pain & livedo are worrying given ESRD.
Plan: cephalexin renally dosed, wound care teaching, urgent derm referral for eval +/- bx.
Pt left before discharge paperwork completed.
"""),
("2023-09-20", "Telephone Encounter",
"""Derm scheduling: called pt twice to book urgent appt per ED referral (r/o calciphylaxis, R shin). No answer, LVM x2. Letter mailed. Will notify dialysis unit SW.
"""),
("2023-10-09", "Dialysis Unit Progress Note",
"""HD MD NOTE
R shin wound -- pt says it's "getting better" w/ dressings his sister does. Exam: 2 x 1.5 cm shallow ulcer, crust lifting at edges, dusky periwound discoloration less prominent. Etiology still uncertain -- CUA not excluded vs slow-healing traumatic wound. Pt again declines derm referral and biopsy ("no more needles"). Will look at it chairside weekly.
Labs: P 5.9, PTH 410. Binder adherence reviewed.
"""),
])

# ---------------------------------------------------------------- Z10
P("Z10", 77, "F", [
("2017-02-20", "Home Health Visit",
"""HOME HEALTH SKILLED NURSING VISIT
Pt: 77F, ESRD on HD MWF (van transport), DM2 (glipizide), AF on warfarin (Coumadin 3 mg).
Vitals: BP 132/70  P 78 irreg  SpO2 95% 2L
SKIN: [x] impaired   [ ] intact
 - R anterior shin: healing skin tear ~2.5 cm, flap adherent, steri-strips in place. Per pt on 2/6 she tripped over her oxygen tubing during the night and raked the R shin on the metal bed frame. Daughter dressed it. No s/s infection.
 - rest of skin intact
Teaching: fall precautions, tubing management.  [x] pt verbalized understanding
Wt 73 kg, ht 157.5 cm, BMI 29.4
"""),
("2017-03-08", "ED Note",
"""EMERGENCY DEPARTMENT
HPI: 77 yo F sent from HD for an exquisitely painful R lower leg. ~1 wk ago the spot on her R shin where she scraped it on the bed frame last month (nearly healed by then) turned purple, then black; now she can't bear the bedsheet on it. INR 3.6 today.
EXAM: R anterior shin: 5 x 4 cm necrotic eschar w/ stellate violaceous border and retiform purpura extending toward the medial calf; exquisite TTP. L leg: no lesions.
IMP: necrotic ulcer at site of recent skin tear in ESRD pt on warfarin -- concern for calciphylaxis. Ddx warfarin necrosis (less likely on long-standing warfarin), infection.
PLAN: admit, derm consult, hold Coumadin.
"""),
("2017-03-13", "Dermatology Consult",
"""DERM INPT F/U
Bx R shin (3/9): subcutaneous small vessels encrusted w/ calcium + thrombosis, von Kossa +.
DX: CALCIPHYLAXIS, R lower leg, arising at the site of her 2/6 traumatic skin tear (koebnerization).
Other skin: no retiform purpura elsewhere.
PLAN: STS w/ HD; warfarin stopped for good (cards to advise on alternative); wound care -- hydrogel, nonadherent contact layer, loose gauze wrap; pain regimen per primary.
"""),
])

# ---------------------------------------------------------------- Z11
P("Z11", 81, "M", [
("2024-04-03", "Geriatrics Clinic",
"""GERIATRICS CLINIC -- comprehensive visit
81 yo man, lives with daughter.

PROBLEM LIST
1. ESRD on HD TTS (since 2012)
2. DM2 on insulin glargine -- these days injects into the front of his thighs
3. Hx calciphylaxis 2014: painful ulcers of the lower abdominal wall at his insulin injection sites, biopsy-proven, treated with sodium thiosulfate x6 mo, fully healed 2015. No recurrence since.
4. Falls -- 2 in past year; latest last week, slipped in bathroom and bumped R shin on the tub edge.
5. Mild neurocognitive disorder.

EXAM: BMI 22.0. Skin: thin, atrophic; stellate white scars L and R lower abdomen (old CUA). Thighs: no lesions at injection sites. R shin: 4 cm ecchymosis, skin intact, no ulcer.

PLAN: PT referral for gait/balance; grab bars and shower chair; vitamin D level; review of sedating meds.
"""),
("2024-04-10", "Telephone Encounter",
"""Daughter called re: bruise on dad's right shin -- "turning green/yellow, getting smaller". No open skin, no black spots. He is nervous because of his "calciphylaxis years ago". Reassured; asked her to send a photo through the portal if any dark or painful area appears.
"""),
("2024-05-15", "Dialysis Unit Progress Note",
"""monthly HD MD note
81M, HD Tue/Thu/Sat, insulin-treated DM2.
Skin: no open areas. R shin bruise resolved. Old abdominal CUA scars stable.
Labs: Ca 8.9  P 4.8  PTH 310  Hgb 10.6
Plan: no change.
"""),
])

# ---------------------------------------------------------------- Z12
P("Z12", 45, "M", [
("2020-12-02", "Home Health Visit",
"""HOME HEALTH RN VISIT -- PD training follow-up
Pt 45 M, ESRD (IgA nephropathy) on home CAPD, 4 exchanges/day. Obese (BMI 32.7). No diabetes.
Meds reviewed: epoetin alfa 4000 u SC weekly -- pt self-injects, always into the backs of his upper arms ("pinch the flab"), alternating sides; calcitriol; calcium acetate 2 tabs w/ meals.
New c/o: two hard, very sore lumps, one on the back of each arm, right where he gives his Epogen shots. Purplish. "Hurts to put a shirt on."
ASSESS: posterior L upper arm 2.5 cm firm violaceous nodule; posterior R upper arm 2 cm firm nodule w/ dusky center + small scab. Catheter exit: dry, no crust, tunnel not tender.
PLAN: phoned PD RN and nephrologist; pt to hold epoetin until seen; derm appt made.
"""),
("2020-12-09", "Dermatology Consult",
"""Consult: painful nodules, posterior upper arms
HPI: per referral. The lesions developed exactly at his epoetin injection sites. No other injections into the arms; no heat or cold; no injury.
Exam: bilateral posterior upper arms with indurated violaceous subcutaneous nodules (L 3 cm, R 2.5 cm), the R with a 6 mm central necrotic ulcer; faint livedo around each. Remainder of skin exam incl. abdomen around PD catheter, thighs, calves: no retiform purpura.
A/P: r/o calciphylaxis at injection sites vs injection-site panniculitis. 4 mm punch bx L posterior arm. Hold SC epoetin; nephrology to give it IV at clinic visits meanwhile.
"""),
("2020-12-16", "Surgical Pathology",
"""PUNCH BX -- L posterior upper arm skin:
 - CALCIPHYLAXIS. Small arterioles in the fat carry mural calcium (von Kossa +) and fibrin thrombi; the fat next to them has died.
 - Vasculitis absent, granulomas absent, PAS shows no fungi.
"""),
])

# ---------------------------------------------------------------- Z13 (case report)
P("Z13", 59, "F", [
("2019-05-01", "Case Report",
"""Nonuraemic calciphylaxis of the thighs in a woman taking warfarin, sparing her insulin injection sites

Case report
A woman of 59 years, insulin-requiring because of type 2 diabetes, morbid obesity (body mass index 45 kg/m2), primary hyperparathyroidism and atrial fibrillation, anticoagulated with warfarin for six years, presented with painful skin lesions of the legs of two months' duration. Her renal function was normal (eGFR 78 mL/min/1.73 m2) and she had never needed dialysis.
For ten years she had given insulin glargine and insulin aspart exclusively into her abdominal wall; she had never used her thighs. She reported no falls, no heat or cold applied to the legs, and no tight clothing.
Examination revealed multiple indurated stellate plaques of retiform purpura, centred by black eschar, over the medial and posterior aspects of both thighs, the largest 12 cm across. The abdominal wall, including the injection areas, was lipohypertrophic yet free of purpura, induration and ulcers.
Corrected calcium was 2.78 mmol/L, phosphate 1.0 mmol/L, parathyroid hormone 24 pmol/L and INR 2.6; protein C and protein S were within reference ranges. An incisional biopsy of a left thigh plaque demonstrated calcified, thrombosed small vessels in the subcutis and fat necrosis, establishing a diagnosis of nonuraemic calciphylaxis.
Warfarin was replaced by apixaban, a single parathyroid adenoma was removed, and she received twelve weeks of sodium thiosulfate infusions. The ulcers healed over eight months.
"""),
("2019-05-01", "Case Report",
"""Discussion
Koebnerization is often described in calciphylaxis, particularly at insulin and low-molecular-weight heparin injection sites, and it is tempting to attribute every lesion in an insulin user to injection trauma. In our patient the lesions arose on the thighs, well away from the abdominal wall into which she had injected insulin for a decade, and we could find no local injury at the affected sites. We suggest that in nonuraemic disease systemic drivers -- warfarin, hyperparathyroidism and adiposity -- may outweigh local trauma, and that the distribution of lesions should not by itself steer the diagnosis.

Figure 1. Stellate retiform purpura and eschar on the posterior thighs; the abdominal injection areas are spared.
"""),
])

# ---------------------------------------------------------------- Z14
P("Z14", 68, "F", [
("2019-11-05", "Nephrology Clinic",
"""NEPHROLOGY OUTPATIENT NOTE
68 y/o F, ESRD 2/2 DKD, in-center HD MWF via L AVF. DM2 on insulin (Levemir 20 u, injects abdomen). BMI 34.8. B/l knee OA R>L, can't take NSAIDs -- since 2018 she has iced her R knee w/ a bag of frozen peas 3-4x/day, and has dozed off with the bag still on.
New: painful dark patch over R knee noticed 2 wks ago, now w/ a small open area.
Exam: anterior R knee -- 5 x 4 cm net-like violaceous patch w/ central 1 cm ulcer, black base. Very tender. L knee: skin nl. Abd: lipohypertrophy, no lesions.
iPTH 1020 (!), phos 7.1, Ca 9.9
ASSESSMENT/PLAN
1) ?calciphylaxis R knee at site of chronic cold exposure vs cold panniculitis vs pernio. Urgent derm. STOP the ice.
2) SHPT: start cinacalcet 30 mg.
"""),
("2019-11-13", "Dermatology Consult",
"""DERMATOLOGY -- CONSULT NOTE
Seen for R knee lesion (bx done 11/6 by our fellow).
Exam: anterior right knee -- retiform purpura about 6 by 4 cm around a 1.5 cm ulcer capped with black eschar; border indurated. No lesions on the left knee, thighs or abdomen.
Path (R knee): subcutaneous small-vessel calcification, thrombi, necrotic fat.
IMPRESSION: Calciphylaxis of the right knee, confined to the area she cooled daily with a frozen vegetable bag -- a Koebner-type response to cold injury.
PLAN: no ice, no heat to the skin; STS per nephrology; wound care (see wound center); pain mgmt.
"""),
("2019-12-02", "Wound Care Flowsheet",
"""WOUND FLOWSHEET -- OUTPT WOUND CTR
Site | Side | Etiology | Dims cm (L/W/D) | Tissue | Exudate | Periwound | Pain
Knee, anterior | Right | Calciphylaxis | 1.8 x 1.4 x 0.2 | eschar 70% / slough 30% | scant | violaceous, livedo | 6/10
Dressing: [x] medical honey  [x] bordered foam  [ ] compression (not used over the knee)
Pt reports no ice since 11/5.
"""),
])
