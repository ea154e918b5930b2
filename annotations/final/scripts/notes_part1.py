"""Synthetic notes, patients Z01-Z07. Every word written for this corpus."""

PATIENTS = []


def P(pid, age, sex, notes):
    PATIENTS.append({"patient_id": pid, "age": age, "sex": sex, "notes": notes})


# ---------------------------------------------------------------- Z01
P("Z01", 61, "F", [
("2023-01-09", "Dialysis Unit Progress Note",
"""HEMODIALYSIS UNIT - CHAIRSIDE NOTE (2nd shift, MWF)
Access: R IJ tunneled cath, flows OK. L brachiocephalic AVF still maturing.

S: 61yo F, ESRD 2/2 DM nephropathy, HD since 2019. c/o two "purple sore spots" low on her belly x5d, 8/10, can't lie on her stomach. On basal-bolus insulin since March 2021 (glargine 30u at bedtime, lispro per scale). Admits she sticks herself in the same two spots, one each side below the belly button, "because everywhere else stings".

O: BP 151/79  HR 84  pre-wt 104.6 kg  BMI 36.4
SKIN: lower abd -- LLQ lesion 3.5 x 2 cm and RLQ lesion 3 x 2.5 cm, stellate, violaceous, dusky gray center on the L one. No fluctuance, no drainage. Exquisitely TTP. Both sit right on her insulin spots.
Labs (last wk): Ca 9.8 | PO4 7.4 | iPTH 812

A/P:
1. Exquisitely tender retiform purpura lower abdomen at insulin sites in ESRD pt w/ high phos -> worried re calciphylaxis (CUA). Paged neph, agrees. Urgent derm c/s for bx.
2. Stop calcium acetate, start sevelamer 800 TID.
3. Told pt to use upper arms or thighs for insulin until seen.
"""),
("2023-01-12", "Dermatology Consult",
"""DERMATOLOGY CONSULTATION

Reason for consult: painful abdominal skin lesions, r/o calciphylaxis. Requested by nephrology.

HPI: Ms. ___, 61, is dialyzed three times weekly for diabetic kidney failure (ESRD). Roughly a week ago she became aware of two exquisitely painful areas on the lower abdominal wall. Since starting insulin in March 2021 she has injected glargine nightly and lispro with meals into exactly these two areas, below and to either side of the umbilicus. No fevers. She denies heating pads, ice, falls or tight belts. She has never taken warfarin.

Exam: Obese habitus. In the left lower quadrant there is a 4 x 2.5 cm indurated stellate plaque of retiform purpura with a central gunmetal-gray zone that is beginning to crust; in the right lower quadrant a 3 x 3 cm plaque of the same kind, less advanced. A faint lacy livedo surrounds both. Thighs, buttocks, breasts and upper arms are clear.

Procedure: After informed consent, two 4 mm punch biopsies were taken from the advancing edge of the right lower quadrant plaque, one in formalin (von Kossa asked for). Hemostasis with aluminum chloride; one 4-0 nylon suture.

Assessment: Clinical picture highly suggestive of calciphylaxis, with lesions localized to chronic insulin injection sites. Differential includes insulin-related panniculitis and livedoid vasculopathy.
Plan: follow pathology; sodium thiosulfate to be discussed with nephrology; daily nonadherent dressings; pain control per primary team.
"""),
("2023-01-17", "Surgical Pathology",
"""SURG PATH -- FINAL REPORT
Specimen received: two punches, RLQ abdominal skin with fat
Hx provided: HD patient; tender purpuric plaques where she injects insulin; please r/o calciphylaxis

GROSS: two skin cores, 4 mm across, 0.7 and 0.6 cm deep, tan-white, all in one cassette.

MICRO: The epidermis is partly ischemic. Deep in the fat, small arterioles show concentric rims of mural calcium, fibroplastic intimal thickening and occlusive fibrin thrombi. Fat lobules are necrotic and some adipocyte membranes are encrusted by calcium. Von Kossa outlines both the mural and the interstitial deposits.

DIAGNOSIS:
RLQ ABDOMINAL SKIN (PUNCH x2):
 - SUBCUTANEOUS ARTERIOLES BEARING MURAL CALCIUM, INTIMAL FIBROPLASIA AND FIBRIN THROMBI
 - NECROSIS OF FAT LOBULES
 - IN THIS CLINICAL CONTEXT, DIAGNOSTIC OF CALCIPHYLAXIS
"""),
("2023-02-20", "Nephrology Clinic",
"""Nephrology f/u -- calciphylaxis

61F, HD MWF for ESRD; insulin-treated T2DM; obesity (BMI 35.9 today). Calciphylaxis (punch bx 1/12) of the lower belly wall, RLQ + LLQ, which came up right on the two spots she always used for insulin; onset early Jan 2023. STS 25 g given over the last hour of each HD run since 1/18.

Wounds: LLQ eschar now firm and dry; RLQ plaque softer, less violaceous. Pain 4/10 on gabapentin 100 mg post-HD.
Insulin: retrained by diabetes educator; now injecting posterior upper arms, rotating. Skin there intact, no nodules.
Chem today -- PTH 590, PO4 5.6, Ca 9.2.

Plan: continue STS; cinacalcet 30 mg daily; renal diet review; wound clinic weekly; no warfarin or vitamin K antagonists going forward.
"""),
])

# ---------------------------------------------------------------- Z02
P("Z02", 54, "M", [
("2019-10-02", "ED Note",
"""EMERGENCY DEPT PHYSICIAN NOTE
CC: "bad bruise on my leg that won't quit hurting"

HPI: 54 yo M, HD-dependent ESRD (Tu/Th/Sa, L forearm fistula), paroxysmal AF on warfarin (INR goal 2-3), HTN, here w/ 10 days of a progressively painful spot on the inside of his LEFT thigh. Started as a "bruise", now has a black center. No fall, nothing struck that leg. Notably he has used an electric heating pad nightly on his RIGHT hip and lateral right thigh for sciatica since the summer -- states he never puts it on the left side. No fever/chills. Not diabetic.

PE: T 37.1  HR 92  BP 162/88
Skin: L medial thigh -- indurated plum-colored plaque, 7 x 5 cm, with central 2 cm black eschar, rim of branching livedo. Tender far beyond what it looks like. R lateral thigh -- faint reticulated brown discoloration where the pad sits, skin intact, nontender, no plaque, no ulcer.
Labs: INR 3.4  Ca 9.1  Phos 6.8  WBC 8.2

MDM: differential -- CUA; coumadin necrosis; nec soft-tissue infxn, the last doubtful (no crepitus, afebrile, WBC nl).
In ED: ice pack placed over the L thigh lesion for comfort, morphine 2 mg IV.
Dispo: to hospitalist service, derm to see tomorrow AM, warfarin held.
"""),
("2019-10-07", "Discharge Summary",
"""DISCHARGE SUMMARY
Admit 10/02/2019   Discharge 10/07/2019
Principal dx: Calciphylaxis, L inner thigh -- confirmed on punch bx
Other active problems: ESRD (hemodialysis), pAF, HTN, erythema ab igne R thigh

Hospital course:
54M came up from the ED for a necrotic, very tender plaque on the L medial thigh. Derm took a 6 mm punch from the plaque margin on 10/3: calcium in the media of small fat arterioles plus thrombosis, confirmed on von Kossa; read as calciphylaxis. Warfarin stopped; apixaban 2.5 mg BID started after discussion with cardiology. Sodium thiosulfate begun with HD 10/4. An ice pack had been put on the lesion in the ED; nursing instructed to use neither ice nor heat on the wound. The right thigh (the heating-pad side) shows erythema ab igne only -- no calciphylaxis there.
BMI 27.1.

Discharge meds: apixaban, sevelamer, cinacalcet, oxycodone 5 mg q6h prn, amlodipine.
F/u: wound clinic in 7 days, derm in 14. Pt told to retire the heating pad.
"""),
("2019-11-14", "Wound Care Flowsheet",
"""WOUND CARE CLINIC -- FLOWSHEET
Visit: 11/14/2019
Wound #1 | Location: L medial thigh | Etiology: calciphylaxis (bx 10/3/19)
  Dims (cm): 6.2 long / 4.0 wide / 0.3 deep   (last: 7.0 / 5.0)
  Base (%): eschar, black 60 | slough 30 | granulation 10
  Periwound: violaceous, indurated; livedo fading
  Drainage: scant, serous. No odor.
  Pain 6/10 resting
  Tx: [x] NS cleanse  [x] selective sharp debridement of loose slough  [ ] enzymatic  [x] Ca alginate + ABD pad
Other skin: R lateral thigh mottled hyperpigmentation, intact.  [ ] new lesions
Next: 1 wk
"""),
])

# ---------------------------------------------------------------- Z03
P("Z03", 47, "F", [
("2021-05-18", "Dermatology Consult",
"""Derm Consult (outpt) -- referred by PD nurse

47F w/ ESRD on CCPD since 2018, T2DM on insulin (NPH + regular, injects into her pannus), morbid obesity (BMI 41.2), here for "lumps" in lower belly x 3 months. Tender, firm, some purplish. No open areas. Very needle-averse.

Exam: pannus w/ multiple 1-2 cm deep, firm subQ nodules, a few with a dusky violaceous hue, all in the band where she injects. No ulceration, no eschar. Faint livedo on lower pannus. PD cath exit R upper abd clean/dry.

Impression: painful nodules of pannus at insulin sites in PD pt. DDx: lipohypertrophy / insulin lipodystrophy vs panniculitis vs early calciphylaxis -- can't exclude the last given pain, livedo and ESRD.
Plan: 4 mm punch bx today from 1 nodule (pt agreed after long talk). Rotate insulin to thighs. RTC 2 wks.
"""),
("2021-05-24", "Surgical Pathology",
"""Specimen: 4 mm punch, pannus (lower abdominal skin + fat)
CLINICAL: PD pt, tender nodules at insulin sites; ? calciphylaxis

DIAGNOSIS: Lobular necrosis of subcutaneous fat with lipomembranous change. Vessels in the levels cut show no definite calcium (routine and von Kossa stains).

COMMENT: The sample contains limited deep fat. Findings are nonspecific; early or patchy calciphylaxis is not excluded. If clinical suspicion persists, deeper incisional sampling is suggested.
"""),
("2021-06-15", "Patient Portal Message",
"""FROM PATIENT:
Hi dr. the bumps on my stomach are still sore and one looks darker now. I read online about calcifylaxis (spelling?) and Im scared. did the biopsy say I have it?? Also my thighs are bruising from the shots now

REPLY (derm RN, for Dr. ___):
Hi Ms. ___, the biopsy didn't answer the question either way -- the piece was small, so calciphylaxis is still possible but it has not been proven. Dr. ___ would like a larger, deeper biopsy and I've put you on the schedule for 6/22 at 9:40. A little bruising where you give the shots in your thighs is common; keep moving the spot around each time. If any area turns black or opens up, call us the same day.
"""),
])

# ---------------------------------------------------------------- Z04 (case report)
P("Z04", 66, "F", [
("2020-08-01", "Case Report",
"""Hot-water bottle calciphylaxis: a thermal Koebner phenomenon in a woman on haemodialysis

Abstract
Calciphylaxis lesions may arise preferentially where skin has been injured. We describe a woman receiving haemodialysis whose only lesion developed on skin against which she habitually held a hot-water bottle.

Case presentation
A woman aged 66, dialysis-dependent because of hypertensive nephrosclerosis, who also had type 2 diabetes managed with diet and linagliptin and never with insulin, had undergone haemodialysis three times weekly through a left radiocephalic fistula for four years. She weighed 86 kg at a height of 1.61 m (body mass index 33 kg/m2). Her nephrologist sent her to our dermatology department because of an extremely painful wound of the left lateral trunk.
Because of long-standing lumbago she had, for several months, slept with a rubber hot-water bottle, refilled from the kettle, pressed against her left flank. She recalled that the skin there first became mottled and, some weeks before referral, dark and exquisitely tender. She applied heat nowhere else, and she denied falls, injections or other injury to that area. No vitamin K antagonist had ever been prescribed.
On examination a 9 x 6 cm rectangular necrotic plaque with black adherent eschar occupied the left flank, bordered by a band of retiform purpura and reticulate hyperpigmentation whose outline reproduced the shape of the bottle. The rest of the skin, including the abdomen, thighs and right flank, was normal.
Serum calcium was 2.41 mmol/L, phosphate 2.3 mmol/L and parathyroid hormone 96 pmol/L. Deep incisional sampling at the plaque margin revealed ring-like calcium within the walls of small arterioles in the fat, with intimal thickening, luminal thrombi and septal panniculitis, and the deposits stained black with von Kossa. We diagnosed calciphylaxis.
Management comprised sodium thiosulfate infused at the end of every dialysis session, cinacalcet, a change from calcium carbonate to lanthanum, and surgical debridement followed by negative-pressure wound therapy. The hot-water bottle was thrown away. The wound had granulated fully after five months, and no further lesions appeared during a year of follow-up.
"""),
("2020-08-01", "Case Report",
"""Discussion
Calciphylaxis, or calcific uraemic arteriolopathy, is an uncommon and often lethal disorder of cutaneous arterioles seen mostly in people on dialysis. The Koebner or isomorphic response, in which a dermatosis reproduces itself on injured skin, is classically linked to psoriasis and lichen planus, but calciphylaxis too has been reported where insulin or heparin had been injected, beneath tight clothing and along surgical wounds.
We believe that repeated local heating triggered the disease in our patient: the plaque was confined to, and copied the outline of, the skin she warmed each night, while her other risk factors acted everywhere. Heat-induced vasodilatation and endothelial injury, on a background of disordered mineral metabolism, is a plausible mechanism, and the preceding reticulate pigmentation suggests that the skin had been damaged for some time before necrosis set in.
Clinicians caring for dialysis patients should ask about heating pads, hot-water bottles and similar habits, and discourage them.

Figure 1. Necrotic plaque with surrounding retiform purpura on the left flank, reproducing the rectangular outline of the hot-water bottle.
Figure 2. Deep skin biopsy (von Kossa, original magnification x200): circumferential calcium within the wall of a subcutaneous arteriole.
"""),
])

# ---------------------------------------------------------------- Z05
P("Z05", 72, "F", [
("2018-03-06", "ED Note",
"""ED PROVIDER NOTE
72 y/o female, CKD 3b (eGFR 38, not on dialysis), obesity (BMI 31.5), HTN. Dx'd w/ L popliteal DVT on 2/28 and warfarin was begun at 7.5 mg/day with an enoxaparin bridge (SC shots into abdomen, given by her daughter). Now presents with painful dark patches on her right breast and both thighs that appeared 2 days ago and are spreading.
ROS: denies fever. Denies trauma. No diabetes.

Exam: R breast, lower outer quadrant -- 8 x 6 cm sharply demarcated violaceous plaque with hemorrhagic bullae. Irregular purpuric patches ~5 cm on the anterior thighs bilaterally with central dusky necrosis. Abdomen: a few small ecchymoses at the enoxaparin sites; no plaques, no necrosis.
INR 4.1. Plt 221 (baseline 240).

MDM: warfarin started ~1 wk ago + fatty areas involved -> strongly suspect warfarin-induced skin necrosis. Ddx: calciphylaxis (less likely, not ESRD), HIT with skin necrosis, purpura fulminans.
Plan: stop warfarin, vitamin K 10 mg IV, heparin infusion in place of enoxaparin (HIT ab sent), derm + heme consults, punch bx.
"""),
("2018-03-08", "Surgical Pathology",
"""FINAL DIAGNOSIS:
Skin, left anterior thigh, punch biopsy:
 - Epidermal necrosis with extensive dermal hemorrhage; venules of dermis and subcutis plugged by fibrin thrombi.
 - Vessel walls and interstitium free of calcium; von Kossa stain negative.
 - No vasculitis.
COMMENT: In the provided context the findings favor warfarin-induced skin necrosis. Absence of any vascular calcification argues against calciphylaxis.
"""),
("2018-03-13", "Discharge Summary",
"""DISCHARGE SUMMARY

Final diagnoses:
1. Warfarin-induced skin necrosis of R breast and bilateral thighs; protein C activity 38%.
2. Left popliteal DVT.
3. CKD stage 3b.
4. Obesity.

Calciphylaxis was entertained on arrival and was ruled out by skin biopsy. HIT antibody negative.
Anticoagulation: warfarin permanently discontinued and entered as an allergy; transitioned to apixaban.
Wounds: R breast necrosis debrided by general surgery 3/11; thigh patches crusting, healing with petrolatum gauze.
Follow-up: PCP 1 wk, hematology 4 wks, surgery clinic for breast wound.
"""),
])

# ---------------------------------------------------------------- Z06
P("Z06", 58, "M", [
("2022-07-11", "Nephrology Clinic",
"""PD CLINIC NOTE
Pt: 58 M, ESRD from DM2/HTN, on CCPD (nightly cycler) since 01/2021 so he can keep working as a long-haul truck driver. DM2 on semaglutide weekly SC (abdomen) + glipizide; not on insulin. BMI 38.9.

Issue today: painful sore L forearm. In April 2022 the company gave him a new rig; the driver door armrest is hard plastic and he rides w/ his L forearm propped on it up to 10 h/day. Sometime in June 2022 a sore purple patch showed up right where the arm sits; now black in the middle. Has been padding it w/ a folded towel since last wk.

EXAM: mid L forearm, dorsal-ulnar side: firm violaceous plaque 4 x 3 cm, 1.5 cm black eschar centrally, retiform edge. R forearm nl. Abd: semaglutide sites clean, no lesions.
Labs: Ca 9.6  P 6.9  PTH 640  alb 3.2

A/P:
# necrotic plaque L forearm at chronic pressure point (armrest) in PD pt w/ high Ca x P -> r/o calciphylaxis vs pressure necrosis. Urgent derm for bx.
# CKD-MBD: Ca carbonate -> sevelamer 1600 TID.
"""),
("2022-07-20", "Dermatology Consult",
"""DERMATOLOGY NEW CONSULT    dictated, not read
This 58 year old PD patient comes to us from nephrology with an
exquisitely tender necrotic plaque, left forearm. He describes resting
the left forearm on the hard door armrest of his truck for many
hours a day since April of this year and first saw discoloration
at the pressure point in June. On exam there is a stellate plaque
4.5 by 3.5 cm on the ulnar aspect of the left forearm with a
central adherant black eschar and a livedoid, retiform purpuric
border. Tendernes out of proportion. No other lesions on trunk,
thighs or calves. Sites of his weekly semaglutide injections on
the abdomen are unremarkable.
ASSESSMENT: retiform purpura with necrosis where the arm bears
weight for hours, in a dialysis patient. Favor calciphylaxis; ddx pressure
necrosis, cholesterol emboli.
PROCEDURE: 5 mm punch biopsy from the inflammed border, left
forearm, von Kossa requested. Gelfoam, one suture.
PLAN: results by phone. Off the road or pad the armrest.
"""),
("2022-07-27", "Telephone Encounter",
"""TELEPHONE ENCOUNTER -- Dermatology
Called pt w/ bx results (L forearm): calcified small vessels in subcutis w/ thrombi, von Kossa +, c/w CALCIPHYLAXIS. Pt verbalized understanding. Spoke w/ his PD nephrologist Dr ___ -- will arrange IV sodium thiosulfate 3x/wk at the infusion center since he is on PD. Pt says he has taken leave from driving. Wound care referral sent.
"""),
("2022-09-06", "Wound Care Flowsheet",
"""WOUND ASSESSMENT FLOWSHEET
Wound: L forearm, ulnar | Type: calciphylaxis (bx-proven 7/2022)
Date       L(cm) W(cm) D(cm) Eschar Granul Drainage Pain
08/09/22   4.6   3.6   0.2   80%    0%     scant    7
08/23/22   4.4   3.3   0.3   50%    20%    scant    5
09/06/22   4.0   3.0   0.3   30%    50%    small    4
Dressing: hydrogel + silicone foam, loose tubular sleeve
Notes: not driving. No new lesions. STS ongoing.
"""),
])

# ---------------------------------------------------------------- Z07
P("Z07", 63, "F", [
("2022-03-10", "ED Note",
"""ED NOTE - ATTENDING
63F ESRD on HD MWF (L AVG), IDDM (glargine + aspart, injects into BOTH THIGHS only -- "never the belly"), obesity BMI 44, CHF. Sent from dialysis for a painful, foul-smelling wound on her lower abdomen. Per pt the pannus pain began 8 days ago; a dark patch appeared shortly after and has opened up. No trauma, no heating pad, no tight garments.

Exam: pannus, lower central -- necrotic plaque ~10 by 6 cm, black eschar, surrounding retiform purpura and induration, foul odor, no crepitus. Thighs: injection areas w/ mild lipohypertrophy, no lesions.
Labs: WBC 14.2  lactate 1.8  Ca 10.2  Phos 8.1
CT abd wall: no gas.

Imp: necrotic pannus lesion, suspect calciphylaxis w/ superinfection; nec fasc unlikely.
Plan: admit; vanc + pip-tazo; surgery + derm consults.
"""),
("2022-03-15", "Operative Note",
"""OPERATIVE REPORT
Preop dx: necrotic lower abdominal wall wound, calciphylaxis (bx 3/11)
Postop dx: same
Procedure: excisional debridement of pannus wound, skin and subcutaneous tissue, 12 x 8 cm
Anesthesia: MAC + local
Findings: full-thickness necrosis of skin and fat; gritty, calcified vessels in the subcutaneous fat; no pus tracking to fascia; fascia intact.
Description: Pt supine, pannus retracted cephalad with tape to the chest. Eschar and nonviable fat excised sharply to bleeding tissue. Hemostasis with cautery. Wound packed with moist gauze; NPWT to be placed POD2.
EBL 75 mL. No complications.
"""),
("2022-03-24", "Discharge Summary",
"""DISCHARGE SUMMARY
63F with ESRD on HD, insulin-requiring DM2 and obesity (BMI 44), admitted 3/10 with a necrotic pannus wound that began ~3/2.

Course by problem:
- Calciphylaxis, lower abdominal wall/pannus: bx 3/11 showed calcified subcutaneous arterioles with thrombi, diagnostic of calciphylaxis. Sodium thiosulfate with each HD from 3/12. Excisional debridement 3/15; NPWT from 3/17.
- DVT ppx: heparin 5000 u SC q8h given from admission (3/10) into the upper abdominal wall, far from the pannus wound; moved to the upper arms on 3/16 at the wound team's request. No new lesions at any heparin site by discharge.
- Wound superinfection: cultures grew E. faecalis and B. fragilis; completed 7 d amp-sulbactam.
- DM: glargine reduced to 14 u; pt to keep using thighs.

Dispo: SNF for wound care, outpatient HD resumes MWF.
"""),
])
