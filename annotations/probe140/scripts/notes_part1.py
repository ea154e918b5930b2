"""probe140 corpus notes, B01-B07 (clinical pharmacy, MTM, refill and counselling records, and the
clinics around them; all people, places and wording invented)."""

B01 = {"patient_id": "B01", "age": 67, "sex": "F", "notes": [
("2019-03-01", "Anticoagulation Clinic Pharmacist Visit", """
ANTICOAGULATION SERVICE - CLINICAL PHARMACIST VISIT
Ridgeview Medical Group, Suite 210
Indication: On-X mechanical MVR (2011)    INR target 3.0 (2.5-3.5)
Referring: Dr. Amsel, cardiology

S: 67yo woman seen to plan periprocedural anticoag. Colonoscopy w/ probable polypectomy booked
3/8/19 at Lakemont Endoscopy. Hx ESRD on HD MWF (Lakemont Dialysis, R arm AVF), AF, HTN.
No diabetes. Reports 100% warfarin adherence; denies bleeding; nothing new OTC/herbal.

O: POC INR 3.0 (in range). Weight 88.6 kg, BMI 33.1. Hgb 10.4 from HD labs 2/25.
Warfarin regimen: 5mg every day but Tue + Sat, when she takes 7.5mg (TWD 40 mg).

A/P: Mech MV = high thrombotic risk -> bridge. Enoxaparin avoided d/t ESRD; will use SC UFH.
 - Last warfarin 3/2 (Sat).
 - UFH 10,000 u subQ every 12 h to START 3/4 AM; last pre-procedure dose 3/7 AM.
 - Technique taught on a foam practice pad, teach-back ok. Inject the lower belly,
   switching sides of the navel (L, then R) with each dose, stay 2 in. away from the umbilicus.
 - Resume warfarin evening of the scope at TWD; restart SC heparin 3/9 if GI agrees,
   continue until INR >= 2.5 x1.
 - Dispensed heparin 20,000 units/mL 1 mL vials, 1 mL syringes, sharps box.
40 min face to face.
K. Oduya, PharmD, CACP
"""),
("2019-03-14", "Anticoagulation Telephone Encounter", """
ANTICOAG PHONE F/U (PharmD)
Spoke w/ pt and her daughter Renata. Colonoscopy done 3/8, two small polyps snared, no
bleeding afterward. Warfarin back on 3/8 pm at usual dose. Heparin shots restarted 3/9,
still q12h into the lower abdomen, both sides per teaching. Pt started the bridge on 3/4 as
planned, no doses missed.
INR drawn at HD 3/13 = 1.7 -> subtherapeutic, continue the bridge.
Pt says the shots "sting a bit"; only pinpoint red dots, no lumps, no oozing. No bleeding
from her access after dialysis. Diet unchanged, no abx.
Plan: same warfarin schedule. Recheck INR Mon 3/18 at dialysis, pharmacist to call w/ result.
Stop heparin once INR >= 2.5. Pt verbalized understanding.
K. Oduya, PharmD
"""),
("2019-04-16", "Dermatology Consult", """
DERMATOLOGY - OUTPATIENT CONSULT
Ref: Dr. Sato (nephrology)   CC: "painful spots on my stomach"

HPI: 67F, ESRD on HD, warfarin since 2011 for a mechanical mitral valve, with very
painful lesions of the lower abdomen that began ~3 weeks ago as red-purple mottling and
now have black centres. Pain 9/10, burning, keeps her up. She finished a course of SC heparin
bridging in March, given by herself into the lower belly on alternating sides (3/4 to about 3/21).

Exam: obese abdomen. L lower abdomen: stellate retiform purpura, 6x4 cm, centrally an adherent
eschar. R lower abdomen: firm violaceous plaque 3x3 cm, early central necrosis.
Both sit inside the area she used for the heparin. Faint livedo toward the umbilicus. Legs,
thighs, breasts clear.

Impression: Clinical picture of calciphylaxis at the spots where she gave the heparin,
lower abdomen L and R. Also considered: heparin skin necrosis / HIT (PF4 antibody sent);
warfarin necrosis unlikely 8 yrs into therapy.
Plan: two deep incisional bx today, L lesion, peripheral edge; VK stain requested.
Petrolatum + nonadherent dressing daily. Will message nephrology. RTC 1 wk.
"""),
("2019-04-25", "Nephrology Dialysis Rounding Note", """
NEPHROLOGY - HD ROUNDS                Lakemont Dialysis (chair 14; Mon-Wed-Fri, midday)
EDW 87.5 kg. BP 148/82 pre. Tolerating 4 h runs, Qb 400.

Path (derm bx 4/16): calcified small subcutaneous arterioles w/ intimal hyperplasia and
luminal thrombi, von Kossa stain positive -> calciphylaxis. HIT antibody negative.
Wounds: L lower abd eschar 6.5x4 cm, R lower abd plaque 3x3.5 cm, both still very tender.

Labs: iPTH 812 (H) | phos 6.9 (H) | Ca 9.6 | Alb 3.2 (L) | spKt/V 1.31
Meds: warfarin (mech MV, cardiology: must continue, INR goal narrowed to 2.5-3.0),
cinacalcet 30 qd, calcium acetate two 667s per meal, hydromorphone prn.

Assessment/plan
1. Biopsy-proven calciphylaxis, lower abdomen L and R. Begin IV sodium thiosulfate, 25 grams
   given across the final 60 minutes on the machine. Calcium acetate OFF; sevelamer 1600 mg TID instead.
   Cinacalcet up to 60 mg. Treatment time now 4.5 h.
2. Anticoagulation: warfarin continued per cardiology, anticoag RPh aware.
3. Obesity, BMI 32.6 today.
4. Pain: palliative care referral.
"""),
]}

B02 = {"patient_id": "B02", "age": 58, "sex": "M", "notes": [
("2022-06-10", "Specialty Pharmacy Refill Assessment", """
NORTHGATE SPECIALTY PHARMACY - REFILL ASSESSMENT CALL
Rx# 7731902  darbepoetin alfa (Aranesp) 40 mcg/0.4 mL prefilled syringe
Sig: inject 40 mcg subcut every 14 days    Qty 2 syr / 28 DS    Refill #2
Prescriber: T. Valcourt MD, home PD program

Pt: 58yo man, ESRD, does CCPD at home. Aranesp was started in May 2022.
Admin: wife (Gloria) injects every dose into his L arm, back side above the elbow; pt wants it
"kept away from my PD belly". No missed doses. Kept in fridge, never frozen.
Side effect screen: no headache, no chest pain, no leg swelling. Home BP 128-140/70s.
Last Hgb 9.1 (5/31), repeat due 6/28.

Other meds reviewed: linagliptin 5 mg qd, sevelamer 800 mg w/ meals, calcitriol 1 cap (0.25) daily,
amlodipine 10 mg, furosemide 80 mg bid, docusate. T2DM - not on insulin. NKDA.
Counselled: leave syringe out 30 min before use, do not shake, pinch skin, sharps
container, call if Hgb letter says to skip a dose.

Ship 6/13 via cold chain, signature required. Copay $0 (foundation grant).
J. Mbeki, CPhT / reviewed by D. Farrow, RPh
"""),
("2022-09-07", "Wound Care Center New Patient", """
WOUND CARE CENTER - NEW PT EVAL
Ref: PD nurse Alma for "sore on arm".

Hx: ESRD on CCPD, T2DM, HTN, gout. Pt states the back of his left arm first got hard and sore
in August, turned dark purple, and opened about two weeks later. Pain 8/10, burning,
wakes him at night, worse when his arm rests on the bed.

Exam: L upper arm, posterior aspect over the triceps belly: 4.2x3.0 cm ulcer, black adherent
eschar over ~70% of the bed, violaceous induration extending 2 cm, net-like livedo beyond. No pus, no
odour. Radial pulse 2+. Other arm, trunk and legs without similar lesions.
173 cm, 83.6 kg -> BMI 27.9

Labs (PD clinic 8/30): PTH 640 (H), phosphorus 7.2 (H), Ca 9.9, albumin 3.0.

Assessment: necrotic ulcer, back of L upper arm, strongly suspicious for calciphylaxis
in an ESRD pt with high phosphate.
Plan: derm for incisional bx this week. Cleanse w/ NS, hydrogel to eschar edges,
bordered foam. Hold off on sharp debridement pending a diagnosis. Pain regimen per PD team.
"""),
("2022-09-20", "Peritoneal Dialysis Clinic Note", """
PD CLINIC - NEPHROLOGY FOLLOW UP
58M on CCPD 5 exchanges/night, 2.5% + icodextrin day dwell. Exit site: clean, tunnel nontender;
no peritonitis this yr.

Derm bx (9/12) of the L posterior arm ulcer: calcific uremic arteriolopathy - medial calcium
deposits in small dermal/subcutaneous vessels, fibrin thrombi, fat necrosis.
Ulcer today 4.5x3.2 cm, eschar stable, pain 7/10.

Labs: Hgb 11.6, iPTH 702, phos 6.8, Ca 9.7.
Wt 82.9 kg, BMI 27.4.

Plan
- Calciphylaxis of L upper arm, biopsy-confirmed: STS infusions booked at the Kessler Pavilion chairs
  (25 g each, M-W-F); stop calcitriol; add cinacalcet 30 mg; increase sevelamer to 1600 TID; dietitian.
- Anemia: Hgb 11.6 -> hold Aranesp this cycle, specialty pharmacy notified.
- T2DM: A1c 7.2 on linagliptin.
- Continue wound center weekly.
"""),
]}

B03 = {"patient_id": "B03", "age": 71, "sex": "F", "notes": [
("2020-02-11", "Comprehensive Medication Review (MTM)", """
MEDICATION THERAPY MANAGEMENT - COMPREHENSIVE MED REVIEW
Pharmacist: L. Ferreira-Nunn, PharmD    Mode: in person, 45 min
Pt: 71F. ADPKD -> ESRD, HD at Fairhaven 3x/wk (Tu-Th-Sa) since 2017. T2DM on insulin, HTN.

Meds (brown bag, 14 items): insulin glargine 18 u qHS + aspart 4 u AC (pens, into both thighs),
amlodipine 10, carvedilol 12.5 bid, sevelamer 1600 TID, cinacalcet 30, renal vitamin,
acetaminophen 500 prn, OTC naproxen 220 mg (!), loratadine, omeprazole 20.

Problems found:
1. Naproxen for R-sided "kidney" pain - stopped today, explained NSAID risk. Scheduled acetaminophen instead,
   max 3000 mg daily.
2. For that same pain she has held a hot-water bottle against her R flank every evening since
   New Year's. Skin there looks pinkish, intact. Advised to wrap it in a towel, limit 20 min,
   never sleep on it.
3. Hypoglycemia x2 overnight last month -> glargine reduced to 16 u, note sent to PCP.
4. Omeprazole no clear indication, taper offered, pt wants to keep.

Vitals: BP 146/78; weight 79.5 kg; height 162 cm; BMI 30.3.
Personal med list printed. Follow-up call in 4 wks.
"""),
("2020-03-30", "Nephrology Dialysis Unit Note", """
HD UNIT - NEPHROLOGY NOTE                 Fairhaven Dialysis, TTS
71F ADPKD/ESRD, T2DM on insulin.

Pt showed me a new very painful lesion on her R flank today. Began around St. Patrick's Day
as a hard red patch, now a firm violaceous 5x4 cm plaque; black eschar 1.5 cm in its centre,
surrounding livedo. This is exactly where she has been pressing the hot-water bottle
nightly since New Year's for her cyst pain - I think the heat injured the skin there and
the lesion developed in that spot.
Pain 9/10, hydromorphone prn given.

Labs 3/24: Ca 10.1 (corr), PO4 7.4, PTH 930, alb 3.4.
Meds incl. calcium carbonate 500 mg used as antacid OTC (not on list!).

A/P: Clinically calciphylaxis of the R flank. Stop hot-water bottle, stop calcium carbonate.
Urgent derm for bx. Sodium thiosulfate 25 grams IV to start with each run. Cinacalcet to 60 mg.
Wt 79.1 kg.
"""),
("2020-04-14", "Dermatology Consult", """
DERMATOLOGY CONSULT (video + in-person bx visit)
Reason: R flank necrotic plaque, r/o calciphylaxis.

71 y/o woman on HD. Lesion started ~3/17/2020. Exam: R flank, midway from lowest rib to
hip bone, stellate 5.5x4.5 cm plaque with an eschar centrally, retiform border; mild erythema ab
igne-type reticulate brown pigment around it from nightly hot-water bottle use. Abdomen, thighs (where she injects insulin), breasts
and buttocks: clear.

Path (punch x2, 4/3): calcified walls of tiny subcutaneous vessels, thrombosis,
panniculitis -> consistent with calciphylaxis.

Dx: calciphylaxis, R flank, at the site of repeated heat exposure.
Plan: agree with STS via HD. Wound: Medihoney to eschar edges, foam. Avoid any heat or cold
on skin. Recheck 3 wks. BMI 30.0 (Wt 78.8 kg).
"""),
]}

B04 = {"patient_id": "B04", "age": 63, "sex": "F", "notes": [
("2024-05-06", "PD Clinic Pharmacist Medication Reconciliation", """
PERITONEAL DIALYSIS CLINIC - PHARMACIST MED REC
Pt: 63 F, ESRD (IgA nephropathy); CAPD since 2022, four 2 L bags/day. No diabetes. No anticoagulants.
Allergies: sulfa (rash).

Med list verified w/ bottles:
 calcium carbonate 1250 mg w/ meals (binder), calcitriol 0.25 mcg daily, lisinopril 10,
 furosemide 80 bid, rosuvastatin 10, sertraline 50, gentamicin cream to exit site daily,
 melatonin 3 mg.
Issues:
 - Weight up 9 kg since starting PD (dextrose absorption). Wt 94.1 kg, BMI 36.2 -> obese.
   She mentions she had to buy new underwire bras in the fall of 2023 because of the weight
   gain, and the wire under the L breast "digs in all day", left red lines. Suggested a
   wire-free style; she says the new ones are all she has.
 - Ca 10.2 and PO4 6.1 while on calcium carbonate: raised with nephrologist re switching to a
   non-calcium binder.
 - Exit-site cream: confirmed correct use.
Reviewed sick-day rules and when to call the PD nurse.
R. Adeyemi-Blake, PharmD, BCPS
"""),
("2024-06-21", "Dermatology Consult", """
DERMATOLOGY NEW CONSULT
CC: painful wound under left breast x 3 wks.

63F on CAPD. Pain began with a hard tender line under the L breast, first noticed 06/02/2024,
then turned purple and black. Pain 10/10 with touch, can't wear a bra now.
She has worn underwire bras every day since fall 2023 and the L wire presses into the fold.

Exam: L inframammary fold, band-like 7x2.5 cm stellate purpura, black eschar
in the middle, lying directly along the track where the underwire sits; tender livedo
extends onto the lower L breast. R inframammary fold: faint pressure line only, no lesion.
Abdomen: PD exit site without erythema.

Impression: calciphylaxis of the L breast fold, localized to the underwire pressure line.
Calcium-based binder, PD, obesity are additional risks.
Plan: punch bx today (6 mm, two, lesion margin). Stop all bras; loose cotton camisole. Nephrology to
change binder. Pain: derm will not prescribe opioids, PD team contacted. F/u 10 days.
"""),
("2024-07-09", "Pharmacist Counseling Note", """
CLINICAL PHARMACIST - COUNSELLING / MED CHANGES
Pt w/ calciphylaxis of the L inframammary fold, proven on biopsy (path 6/26: calcified
subcutaneous arterioles, thrombi). Seen with daughter.

Changes from nephrology 7/3 reviewed:
 - calcium carbonate STOPPED -> sevelamer carbonate 1600 mg (two 800s) with each meal. Chew well or
   use the powder packet; take 1 h apart from other meds where possible.
 - calcitriol on hold.
 - new: cinacalcet 30 mg once daily with food. Nausea common; call if vomiting.
 - STS 25 g IV every Mon, Wed and Fri in the infusion suite - explained rotten-egg taste, nausea,
   metabolic acidosis labs.
 - pain: gabapentin 100 mg qHS - renal max for her, hydromorphone 1 mg q6h prn.
Counselled re constipation (senna), fall risk with gabapentin.
Pt reports the wound is "less angry"; not wearing underwire.
Wt 93.0 kg -> BMI 35.8.
Time 35 min. R. Adeyemi-Blake, PharmD
"""),
]}

B05 = {"patient_id": "B05", "age": 49, "sex": "M", "notes": [
("2017-10-04", "OPAT Pharmacist Initial Note", """
OUTPATIENT PARENTERAL ANTIMICROBIAL THERAPY (OPAT) - PHARMACIST INITIAL
Dx: MSSA bacteremia w/ T10-T11 discitis/vertebral osteomyelitis. ID: Dr. Okafor.
Regimen: cefazolin 2 g IV q8h via home infusion (elastomeric pumps) x 6 wks, start 9/29,
stop date 11/10/2017.
Access: single-lumen PICC placed 10/03/2017 by IR, R basilic vein, R upper arm, 41 cm,
tip at cavoatrial jnct on CXR. Nephrology ok'd PICC (CKD 3a, not a dialysis candidate).

PMH: T2DM on insulin (glargine 40 units qHS + lispro sliding scale; injects abdomen), recurrent DVT on warfarin,
class III obesity, HTN, CKD 3a (Cr 1.5, eGFR 55).
Wt 139 kg, BMI 41.2.

Interactions: cefazolin may raise INR - warfarin 7.5 mg qd, today's INR 2.6. Twice-weekly INR
with OPAT labs.
Labs weekly: CBC w/ diff, BMP, LFTs, ESR/CRP; INR Mon/Thu.
Home infusion: Cardinal Ridge Infusion, RN weekly for dressing change + draw.
Pt/wife educated on pump use, line care, s/s of line infection.
M. Halloran, PharmD, OPAT program
"""),
("2017-10-30", "OPAT Weekly Monitoring Note", """
OPAT WEEKLY REVIEW - PHARMACIST
Cefazolin day 32/43. Afebrile. Back pain improving 4/10.
Labs 10/30: WBC 7.9, Cr 1.6, ALT 28, CRP 38 (from 141). INR 3.8, above the 2-3 range -> warfarin hold
x1 then 5 mg daily, recheck Thu.

Home infusion RN Patrice called 10/27/2017 after the weekly dressing change: new very painful
dusky purple patch on the inner R upper arm, ~4 cm, hard to the touch, with a lacy violet
edge. Pt rates it 9/10, can't bend the elbow without pain. Afebrile; no drainage or streaking;
arm not swollen, line flushes and draws well.

Pharmacist called ID; Dr. Okafor to see pt in clinic tomorrow, US of the R arm ordered to
exclude DVT. Advised pt no heat to the area.
Next labs Thu 11/2.
M. Halloran, PharmD
"""),
("2017-11-08", "Dermatology Inpatient Consult", """
DERMATOLOGY CONSULT - INPATIENT (Tamsin Creek Medical Center)
Requested by: hospital medicine, for "necrotic arm lesion".

HPI: 49M, obese, T2DM on insulin, CKD 3a, on warfarin for recurrent DVT. Painful skin
change of the R inner arm since 10/27, now black. Doppler 10/31: no DVT. PICC removed 11/6;
remaining cefazolin via new L arm PICC.
Exam: R medial upper arm, retiform purpura over 8x5 cm, centred on a 3x2 cm black
eschar, rim of induration; livedo along the medial arm. No lesions on abdomen, legs or L arm.

Path (incisional bx 11/3): medial calcium deposits + occlusive thrombi in subcutaneous
arterioles, adjacent fat necrosis; VK stain +. Vasculitis absent, organisms absent.

Dx: non-uremic calciphylaxis, R upper arm.
Rec: stop warfarin -> apixaban (heme agrees); IV STS 25 g thrice weekly; wound: xeroform
+ ABD; pain team. Normal Ca/phos; check PTH, protein C/S.
BMI 40.7.
"""),
]}

B06 = {"patient_id": "B06", "age": 80, "sex": "F", "notes": [
("2024-04-15", "Community Pharmacy Counseling Record", """
HOLLIS & DAY PHARMACY - PHARMACIST COUNSELING RECORD
New Rx: cephalexin 250 mg cap, 1 cap q12h x 7 days (renally adjusted)  Qty 14
Prescriber: Brightwater Urgent Care. Dx on Rx: infected cat scratches L forearm.

Pt (80F, on hemodialysis MWF) says her daughter's new kitten scratched her left forearm
2 wks ago; 3 long scratches across the back of the forearm, now red and weepy.
RPh looked at the arm: linear scabbed scratches dorsal L forearm w/ surrounding redness,
no streaks. Dialysis access: R upper arm AVF.

Counseling (OBRA): take after dialysis on HD days; finish all doses; GI upset; call if
redness spreads, fever, or new blisters. Keep scratches clean, petrolatum, bandage.
Interaction check: no issues with her list (amlodipine, sevelamer, calcitriol, apixaban
2.5 mg bid, levothyroxine, renal vitamin). Not diabetic.
Asked her to show the scratches to her HD nurse Wed.
Counseled by: P. Lindqvist, RPh
"""),
("2024-05-20", "Nephrology Dialysis Rounding Note", """
NEPHROLOGY ROUNDS - Cedar Point Dialysis, MWF 1st shift
80F ESRD (HTN nephrosclerosis), HD via R brachiocephalic AVF. AF on apixaban.

New problem: painful wound, dorsum of the L forearm, first noticed 05/09/2024, started as a
hard purple spot and now has a dry black centre. Pain 8/10 (nights worst).
Exam: L dorsal mid-forearm 3.5x2.5 cm necrotic ulcer w/ eschar and violaceous halo,
reticulated purple mottling toward the wrist. No warmth, no pus. Old linear marks nearby.

Labs 5/13: Ca 9.4 | PO4 6.6 | iPTH 1104 | alb 3.1
Wt 53.6 kg. BMI: 21.4 kg/m^2.

A/P: Necrotic forearm ulcer in HD pt with uncontrolled SHPT - concern for calciphylaxis.
Derm referral for bx. Wound RN: Santyl to eschar edge, dry dressing. Cinacalcet 30 -> 60 mg.
Reassess next week.
"""),
("2024-06-04", "Dermatology Consult", """
DERM CONSULT
80yo woman on HD, sent for a L forearm ulcer that she has had since 5/9/24.

Exam: L dorsal forearm 4x3 cm ulcer, thick black eschar, stellate purpuric border, livedo
racemosa distally. Skin atrophic w/ senile purpura on both arms. No lesions on legs or trunk.

Path from 5/24 incisional biopsy: subcutaneous arterioles ringed by calcium,
microthrombi, lobular fat necrosis; VK positive.
Impression: calciphylaxis, L forearm (biopsy-proven).

Plan: HD unit to give STS 25 g IV in the closing part of every dialysis session, 3x/wk. Wound: calcium alginate +
bordered foam, change q2d by daughter; leave the dry eschar alone for now. Nephrology
considering parathyroidectomy referral. Return 4 wks.
BMI 21.4.
"""),
]}

B07 = {"patient_id": "B07", "age": 61, "sex": "M", "notes": [
("2016-04-20", "Clinical Pharmacist Insulin Initiation Visit", """
DIABETES CARE - CLINICAL PHARMACIST PRACTITIONER - INSULIN START
Pt: 56yo M, T2DM x 12 yrs, A1c 9.8% on glipizide 5 mg bid. ESRD; dialyzes in-center
Tue/Thu/Sat since 2014 (Westbury Kidney Center).

Plan agreed with PCP Dr. Lund: STOP glipizide (hypoglycemia risk w/ ESRD).
START insulin glargine (Lantus SoloStar) 10 units qHS and insulin lispro (Humalog KwikPen)
3 units with supper. Pen needles 32G x 4 mm.

Injection teaching: pt refuses to use the belly ("too much there, it grosses me out"), will
inject the front/outer thighs, both legs, rotating about an inch each time. First glargine dose
self-injected today in clinic into the R thigh, good technique. Teach-back complete.
Hypoglycemia: rule of 15, glucose tabs given; sick-day plan on HD days.

Wt 104 kg, Ht 180 cm, BMI 32.1 = obesity class I.
BP 152/84. Meds otherwise: sevelamer, cinacalcet, metoprolol, atorvastatin.
F/u phone in 2 weeks, glucose log.
S. Achterberg, PharmD, CPP
"""),
("2020-09-15", "MTM Telephone Follow-up", """
MTM FOLLOW-UP (telephone)  S. Achterberg PharmD CPP
60M, T2DM on basal-bolus, ESRD on HD.
Glucose log (texted photo): fasting 110-160, pre-supper 140-210. A1c 7.6 (8/2020).
Current: glargine 16 u qHS, lispro 4 u breakfast / 5 u supper. Using thighs only, L and R,
rotating. Pen needles 4 mm.
Pt c/o injections "burn" more lately and he dreads them. No lumps felt.
Counselled: inject at room temp insulin (take the pen out of the fridge), let alcohol dry,
new needle each time. He may numb the spot by holding an ice cube on it for 30-60 seconds
before injecting, if it helps. Keep rotating.
Also: metoprolol refill overdue by 12 days (PDC 0.78) - reminded, set up auto-refill.
Wt reported 98 kg.
Next call 3 months.
"""),
("2021-06-28", "Nephrology Dialysis Unit Note", """
HD UNIT PROGRESS NOTE - NEPHROLOGY                Westbury Kidney Center TTS
61M ESRD, T2DM on insulin, HTN.

S: severe L thigh pain since mid-June. He has been injecting insulin in both thighs for
5 years and, since last fall, holds an ice cube on each spot before every shot.
O: L anterior thigh 6x5 cm indurated, exquisitely tender violaceous plaque, lacy purple
margin, 1 cm dusky centre. R thigh: small bruises from needles, no plaque.
Labs: PTH 1260 / phosphorus 7.8 / calcium 9.9 / albumin 3.3
Meds: cinacalcet 30, calcium acetate 1334 mg TID, calcitriol IV w/ HD.

A/P: Painful L thigh plaque - concern for calciphylaxis. Stop calcium acetate -> lanthanum.
Hold calcitriol. Urgent derm for bx. Ask him to move injections to the abdomen? - pt refuses;
advised R thigh only and no ice for now.
"""),
("2021-07-08", "Dermatology Consult", """
DERMATOLOGY CONSULTATION
61yo man on HD; L thigh pain and plaque since mid-June 2021.

Biopsy (6/30; margin; 2 punches, 6 mm): calcified subcutaneous arterioles w/
thrombi and septal panniculitis - calciphylaxis.

Exam: L anterolateral thigh 7x6 cm plaque, now with central black eschar 2x2 cm,
retiform purpura at the edge. It lies within his insulin injection zone on the L thigh,
the same area he has been pre-chilling with ice before each injection.
R thigh, abdomen, calves: no lesions.

Dx: calciphylaxis at insulin injection and ice-application sites, L thigh.
Plan: STS via HD (started 7/1). No injections or ice into either thigh; PharmD to teach
upper arm injection technique. Wound: hydrocolloid to eschar, foam. Pain: per palliative.
Wt 96.6 kg, BMI 29.8.
"""),
]}

PATIENTS = [B01, B02, B03, B04, B05, B06, B07]
