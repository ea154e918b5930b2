"""Build the held-out corpus notes (notes.csv) and demographics.csv.

All note text below was written for this corpus by hand. Run from anywhere:
    python3 annotations/heldout/scripts/build_notes.py
"""
import csv
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def dictated(text, width=72):
    """Hard-wrap each paragraph the way a transcription system does."""
    paras = [p.strip() for p in text.strip().split("\n\n")]
    return "\n\n".join(textwrap.fill(" ".join(p.split()), width=width) for p in paras)


def clean(text):
    return textwrap.dedent(text).strip("\n")


NOTES = []  # (patient_id, note_id, note_date, note_type, text)


def add(pid, n, date, ntype, text):
    NOTES.append((pid, f"{pid}-{n:02d}", date, ntype, text))


# ---------------------------------------------------------------------------
# H01  enoxaparin injections -> abdominal calciphylaxis (day precision)
# ---------------------------------------------------------------------------
add("H01", 1, "2022-09-08", "Hospitalist Progress Note", clean("""
HOSPITAL MEDICINE PROGRESS NOTE - HD#3

S: Palpitations gone since overnight. No chest pain. Ate most of her breakfast, asking when she can go home.

O: T 36.8  HR 88 irreg  BP 132/74  RR 16  SpO2 97% RA
Wt 112.6 kg  Ht 165 cm  BMI 41.4
Gen: sitting up in chair, NAD, pleasant
CV: irregularly irregular, no m/r/g
Lungs: faint crackles at both bases
Ext: trace b/l pedal edema. L forearm AVF w/ good thrill/bruit
Skin: few small bruises lower abd from SC shots, otherwise intact

A/P: 58F w/ ESRD on HD MWF (L forearm AVF), T2DM on insulin, HTN, morbid obesity, admitted 9/6 w/ new onset afib w/ RVR.

#AF w/ RVR, new onset - rate controlled on metoprolol tartrate 50 bid. CHA2DS2-VASc 4.
 - enoxaparin SC started 09/06/2022, dose renally adjusted per pharmacy, being given into lower abdomen
 - warfarin 5 mg started last night; bridge until INR 2-3 x 24h
 - pt + daughter taught enoxaparin self injection today, good return demo into the abdomen
#ESRD - renal following, HD tomorrow. Outpt labs: Phos 6.8, Ca 9.4, PTH 612. Sevelamer + calcitriol.
#T2DM - glargine 22u qHS + SSI. At home she injects her insulin into her thighs ("my belly is too sensitive"), will continue that.
#Dispo - home tomorrow or Sat if INR trending, f/u anticoag clinic
"""))

add("H01", 2, "2022-09-20", "ED Provider Note", clean("""
ED PROVIDER NOTE
CC: painful skin on belly

HPI: 58 yo F w/ ESRD (HD Mon/Wed/Fri), insulin-requiring DM2, new AF dx'd earlier this month, sent home on warfarin + enoxaparin bridge, p/w worsening painful purple areas on lower abdomen x 4 days. She says they began as "bruises where I do my shots" and are now hard, dark and exquisitely tender, pain 9/10, cannot stand anything touching them. No fever or chills. Last HD Mon, full run. INR today 2.4.

ROS: neg except as in HPI

Exam: afebrile, HR 92 irreg, BP 148/81
Abd skin: ~5 firm violaceous plaques, 2-6 cm, netlike/retiform border, 2 with grey-black dusky centers, periumbilical + infraumbilical; very TTP. No fluctuance, no crepitus.
Other skin: thighs w/ few tiny healed puncture marks from insulin, no plaques.

MDM: ddx calciphylaxis vs warfarin skin necrosis vs HIT-associated skin necrosis vs nec fasc (unlikely, no crepitus, not septic). Plt 201 stable. Lactate nl.
 - hold enoxaparin, heparin-free HD
 - derm consult AM, admit to medicine
 - hydromorphone 0.2 IV prn
Dispo: admit
"""))

add("H01", 3, "2022-09-21", "Dermatology Consult", clean("""
DERMATOLOGY INPATIENT CONSULT
Requesting service: Medicine. Reason: painful abdominal plaques, r/o calciphylaxis.

HPI: 58-year-old woman, hemodialysis-dependent since 2017 for ESRD, with type 2 diabetes on insulin, obesity, and atrial fibrillation diagnosed on 09/06/2022, when she was begun on enoxaparin injections and warfarin. After discharge she kept giving herself the enoxaparin once daily, always into the lower abdomen as she had been shown. About five days ago several of the injection bruises became hard, dark and far more painful than she expected. Insulin goes into her thighs, which are not painful. No prior similar episode.

Exam: Lower abdomen with five indurated violaceous plaques with retiform borders, 2 to 6 cm, across the periumbilical and infraumbilical skin; two show central dusky-black necrosis. The plaques sit on the areas she has been using for the enoxaparin shots. Thighs (insulin sites), buttocks, breasts, arms and legs clear.

Labs: Ca 9.6, Phos 7.1, PTH 640, albumin 3.2, plt 198, INR 2.6.

Assessment: Retiform purpura with necrosis confined to enoxaparin injection sites in a patient with ESRD, raised phosphorus and PTH, obesity and recent warfarin start. Most concerning for calciphylaxis localized to injection trauma. Ddx: warfarin-induced skin necrosis (typically earlier in course and favors fatty areas, cannot exclude), heparin-induced skin necrosis (plt stable, PF4 pending).

Plan:
- Two 6 mm punches taken at the margin of the largest infraumbilical plaque done at bedside today: one for H&E with von Kossa, one for DIF.
- No further subcutaneous injections into the abdomen.
- Hold warfarin pending pathology; discuss alternative anticoagulation with primary team.
- Petrolatum and nonadherent dressing to necrotic areas; pain control per primary.
- If calciphylaxis is confirmed, nephrology to start sodium thiosulfate.
"""))

add("H01", 4, "2022-09-23", "Pathology Report", clean("""
SURGICAL PATHOLOGY REPORT

SPECIMENS:
A. Skin, infraumbilical abdomen, punch biopsy (formalin)
B. Skin, infraumbilical abdomen, punch in Michel's medium for DIF

CLINICAL HISTORY: Dialysis pt (ESRD); tender retiform plaques at enoxaparin injection sites; r/o calciphylaxis vs heparin necrosis.

FINAL DIAGNOSIS:
A. Skin, abdomen, punch biopsy:
   - Calcium deposits in the walls of small and medium subcutaneous vessels with intimal hyperplasia and luminal microthrombi, plus lobular fat necrosis, consistent with CALCIPHYLAXIS.
   - von Kossa stain highlights circumferential medial calcification; also interstitial calcium in the fat lobules.
B. Direct immunofluorescence: no immunoreactant deposition in vessel walls; no evidence of vasculitis.

Comment: Findings discussed with Dr. Abernathy (dermatology) by phone on 9/23.
"""))

add("H01", 5, "2022-09-30", "Discharge Summary", clean("""
DISCHARGE SUMMARY

Admission: 09/20/2022    Discharge: 09/30/2022
Principal diagnosis: Calciphylaxis of the lower abdominal wall, biopsy-proven, arising at enoxaparin injection sites
Secondary: ESRD on HD; paroxysmal atrial fibrillation; type 2 diabetes on insulin; obesity (BMI 40.8); secondary hyperparathyroidism

Hospital course:
Admitted from the ED with tender necrotic abdominal wall plaques that began on or about 9/16, roughly ten days after enoxaparin was started (09/06/2022) for new atrial fibrillation. The plaques were located at the sites where the enoxaparin had been injected. Derm biopsied on 9/21; path showed calcified vessels, thrombi and necrotic fat, c/w calciphylaxis. PF4 antibody negative.
- Enoxaparin stopped on admission. Warfarin discontinued. Started apixaban 2.5 mg bid after discussion with cardiology and nephrology.
- Intradialytic sodium thiosulfate, 25 g over the last hour of every HD, begun 9/23, tolerated well apart from nausea.
- Calcium-free binder (sevelamer 1600 tid), calcitriol held, cinacalcet 30 mg daily started. Dialysate calcium lowered to 2.0.
- Wound care: necrotic areas kept dry, bordered foam, no debridement for now.
- Pain: gabapentin 100 mg after HD, oxycodone 5 mg q6h prn.

Discharge instructions: Do NOT inject anything into the abdomen. Continue insulin glargine 22u at bedtime into the thighs only. Outpatient derm and wound clinic in 1 week.
"""))

# ---------------------------------------------------------------------------
# H02  heating pad -> right flank calciphylaxis on PD (month precision)
# ---------------------------------------------------------------------------
add("H02", 1, "2020-11-04", "Nephrology PD Clinic Note", clean("""
PERITONEAL DIALYSIS CLINIC - MONTHLY VISIT
Modality: CCPD 9 h nightly, 4 x 2.5 L 2.5% dextrose, last fill icodextrin
Dx: ESRD 2/2 hypertensive nephrosclerosis, on PD since 03/2018
Other: mechanical MVR (2012) on warfarin (target INR 2.5 to 3.5); HTN; gout

Interval hx: Mostly well. Nagging R flank ache since early October, PCP called it musculoskeletal, UA bland. Has been using an electric heat pad over the right flank most nights since October - "I put it on high and fall asleep on it." Tylenol helps a bit. Denies fevers; effluent clear; abdomen not painful.

Vitals: BP 138/82  HR 70  BMI 27.1  Wt 84.0 kg
Exit site:  [x] clean/dry  [ ] crust  [ ] erythema  [ ] drainage
Abd: soft, nontender, catheter secured
Skin R flank: faint mottled reddish-brown lacy discoloration, skin intact
Labs: PTH 880  Phos 7.2  Ca 9.9  Alb 3.4  INR 3.1  Kt/V (weekly) 2.0

A/P:
1. ESRD on CCPD - adequate clearance. Phos high, binder adherence reviewed, incr sevelamer to 1600 tid; start cinacalcet 30 daily.
2. R flank pain - Tylenol ok, NO NSAIDs w/ warfarin. Lacy rash likely early erythema ab igne: advised low setting, cloth barrier, never sleep on the pad.
3. Anticoag - INR in range, per anticoag clinic.
RTC 4 wks, labs prior.
"""))

add("H02", 2, "2020-12-18", "Telephone Encounter", clean("""
TELEPHONE ENCOUNTER
Caller: wife (on release form)   Reason: skin problem

Wife states he has a "dark purple bruise-looking patch" on his right side, right where he keeps the heating pad. It came up earlier this month and is now about the size of her palm, hard, and very painful - he can't lie on that side. She thinks there's a black spot forming in the middle. No fever. Last INR 2.9. PD running fine, no alarms.

Discussed with Dr. Lindqvist: stop the heating pad completely. Needs to be seen; derm new pt appt booked 1/12 (first available), sooner via ED if fever, drainage or fast spreading. Wife repeated instructions back.
-- M. Ocasio RN
"""))

add("H02", 3, "2021-01-12", "Dermatology Consult", dictated("""
DERMATOLOGY NEW PATIENT CONSULTATION. DICTATED BUT NOT READ.

REFERRING: PD clinic. REASON: painful plaque of the right flank.

HISTORY: This is a 66 year old gentleman on peritoneal dialysis for end stage renal disease who also has a mechanical mitral valve and takes warfarin. He comes in with his wife about a painful lesion on the right flank. The lesion began in December as a purple patch and has since hardened and gone black in the center. He had kept a heating pad over that exact spot every night from October until the middle of December for flank pain that his primary doctor thought was muscular, and he often fell asleep with it on high. He stopped it once the spot came up. Pain is 8 out of 10, worse to touch and at night. No fevers. He knows of no other skin lesions.

EXAMINATION: Right flank shows a 6 by 4.5 cm firm violaceous plaque bearing a stellate 1.5 cm central black eschar, bordered by retiform purpura. Around the plaque there is a wider reticulated red brown hyperpigmented patch typical of erythema ab igne. The left flank, abdomen, thighs and legs were examined and are clear. The peritoneal catheter exit site left of the umbilicus is clean.

IMPRESSION: Painful retiform necrotic plaque of the right flank in a dialysis patient on warfarin, sitting inside an area of erythema ab igne from chronic heating pad use. This is highly suspicious for calciphylaxis localized to thermal injury, in keeping with a Koebner type pattern. The differential includes warfarin induced necrosis, although he has been on warfarin for years, and a deep thermal burn.

PLAN: Incisional wedge biopsy from the plaque margin performed today under local anesthesia and sent for H and E and von Kossa. He is to keep all heat sources away from the area. We will call with the result and will coordinate with nephrology about sodium thiosulfate if this is confirmed.
"""))

add("H02", 4, "2021-01-19", "Pathology Report", clean("""
DERMATOPATHOLOGY REPORT
Specimen: Skin, right flank, incisional wedge biopsy
Clinical: PD pt on warfarin, necrotic plaque within erythema ab igne; ?calciphylaxis

Microscopic: The subcutis shows fat necrosis of both septa and lobules, with saponification. Several small arterioles have concentric medial calcification, highlighted by von Kossa, with fibrin thrombi in two of them. The overlying dermis shows solar-type elastosis, dilated superficial vessels and scattered melanophages compatible with erythema ab igne. No vasculitis. No organisms on GMS/Gram.

DIAGNOSIS: Skin, right flank, incisional biopsy - CALCIPHYLAXIS, with background changes of erythema ab igne.
"""))

add("H02", 5, "2021-02-09", "Wound Care Flowsheet", clean("""
WOUND CARE FLOWSHEET - OUTPATIENT
Wound #1    Location: R flank
Etiology: [ ] pressure  [ ] venous  [ ] arterial  [ ] diabetic  [x] other: calciphylaxis (bx 1/12/21)
Onset: 12/2020
Size L x W x D (cm): 5.8 x 4.0 x 0.3   (prev 6.2 x 4.4 x 0.3)
Wound bed: 60% black eschar / 30% yellow slough / 10% pink granulation
Periwound: [x] indurated  [x] violaceous  [ ] macerated  [x] hyperpigmented (EAI)
Exudate: [ ] none  [x] scant  [ ] moderate  [ ] heavy    Type: serous
Odor: [x] none
Pain: 7/10 during dressing changes (premedicated)
Tx today: NS cleanse, collagenase to eschar, calcium alginate, bordered foam. Wife to change daily.
Comments: Heating pad out of the house since Dec. Sodium thiosulfate infusions (25 g, three times weekly) since 1/25, tolerating. Cinacalcet up to 60.
"""))

# ---------------------------------------------------------------------------
# H03  CASE REPORT: elbows on thighs -> bilateral thigh calciphylaxis (no dates)
# ---------------------------------------------------------------------------
add("H03", 1, "2021-06-15", "Case Report", clean("""
Koebnerization of calciphylaxis at sites of self-inflicted pressure: a case report

Case presentation
A 49-year-old woman with end-stage kidney disease from diabetic nephropathy, maintained on in-center hemodialysis thrice weekly via a right brachiocephalic fistula, was referred to our dermatology service with exquisitely painful lesions on both thighs. Her history also included type 2 diabetes treated with basal-bolus insulin, hypertension, obstructive sleep apnea and class III obesity, with a body mass index of 44 kg/m2. She had never taken warfarin. She gave her insulin into the abdominal wall.

She described a long-standing habit of sitting bent forward with her forearms braced and her elbows dug into the front of her thighs, a posture she used in the dialysis chair and at home to ease chronic low back pain. Her husband said she had sat that way for as long as he had known her. About three weeks before referral she noticed two tender purple patches on the front of the lower thighs, one on each side, which grew and darkened despite a topical antibiotic prescribed by her primary care physician.

On examination there were symmetrical indurated stellate plaques with retiform purpura surrounding a central black eschar on the distal anterior thighs; the left measured 7 by 5 cm and the right 5 by 4 cm. When asked to take up her usual posture, the points of both elbows came to rest squarely on the plaques. The abdominal wall, including her insulin injection sites, the buttocks and the lower legs were free of lesions. Serum calcium was 9.6 mg/dL, phosphorus 7.9 mg/dL, intact parathyroid hormone 1,140 pg/mL and albumin 3.1 g/dL.
"""))

add("H03", 2, "2021-06-15", "Case Report", clean("""
Investigations, treatment and outcome
A deep incisional biopsy from the margin of the left thigh plaque showed circumferential calcification of small subcutaneous arterioles, intimal proliferation, fibrin thrombi and surrounding fat necrosis, establishing the diagnosis of calciphylaxis. Stains for organisms were negative. She was given intravenous sodium thiosulfate after every dialysis session, her calcium-based binder was exchanged for sevelamer, cinacalcet was titrated, and the dialysate calcium was lowered. We regarded removal of the mechanical insult as the key step: the dialysis unit supplied padded armrests and a reclining chair, and she was coached to stop leaning on her thighs. Subsequently, the eschars were debrided conservatively by the wound team. Over the following four months the plaques softened and the ulcers filled with granulation tissue, and no new lesions appeared at other sites.

Discussion
The Koebner phenomenon, the appearance of a disease's lesions at sites of skin injury, was first described in psoriasis but has been reported in calciphylaxis at insulin and heparin injection sites, under heating devices and along surgical scars. Our patient shows that repetitive pressure from her own elbows can act in the same way. Pressure probably adds local ischemia to an arteriolar bed already narrowed by medial calcification. Clinicians caring for people on dialysis should ask about habitual postures, tight clothing and devices that press on fatty skin, because relieving them is simple and may change the course of the disease.
"""))

# ---------------------------------------------------------------------------
# H04  end colostomy -> peristomal calciphylaxis (day trauma, month onset)
# ---------------------------------------------------------------------------
add("H04", 1, "2019-04-10", "Operative Note", clean("""
BRIEF OPERATIVE NOTE
Date of surgery: 04/10/2019
Preop dx: perforated sigmoid diverticulitis with purulent peritonitis (Hinchey III)
Postop dx: same
Procedure: exploratory laparotomy, sigmoid colectomy, end descending colostomy (Hartmann), abdominal washout
Anesthesia: GETA
Findings: perforation mid sigmoid, ~400 mL purulent fluid in pelvis, no feculent contamination
EBL: 150 mL    IVF: 1.8 L LR    UOP: anuric at baseline (ESRD)
Drains: 19 Fr Blake to pelvis, exits RLQ
Specimens: sigmoid colon to pathology
Stoma: matured in LLQ through the rectus, pink, budded ~1.5 cm
Closure: fascia looped PDS, skin staples
Complications: none apparent
Dispo: SICU, plan to extubate this evening
Notes: On HD TTS via L arm AVF, renal aware, plan HD tomorrow. Home warfarin (AF) held on admission, INR reversed with vit K + 4F-PCC preop.
"""))

add("H04", 2, "2019-04-22", "Discharge Summary", clean("""
DISCHARGE SUMMARY
Admitted 04/09/2019   Discharged 04/22/2019   Service: General Surgery

Diagnoses: perforated sigmoid diverticulitis s/p Hartmann procedure with end colostomy (4/10/19); ESRD on hemodialysis; atrial fibrillation on chronic warfarin; type 2 diabetes (non-insulin); BMI 29.4

Course: Underwent ex-lap, sigmoid colectomy and end colostomy on 4/10. Extubated POD0. Pip-tazo x 5 days. Ileus resolved POD4, tolerating regular diet, colostomy functioning since POD3. Pelvic drain removed POD6. Midline staples removed POD11, incision healing well. HD continued TTS on schedule through the L arm fistula. Warfarin resumed POD5 with a heparin drip bridge; INR 2.3 at discharge. WOC nurse taught pouching; pt and wife independent with changes.

Discharge meds: warfarin 4 mg daily (adjust per anticoag clinic), linagliptin 5 mg daily, sevelamer 800 tid w/ meals, metoprolol succinate 50 daily, acetaminophen prn.
F/u: surgery clinic 2 wks, ostomy clinic prn, anticoag clinic Thursday.
"""))

add("H04", 3, "2019-07-02", "WOC Nurse Note", clean("""
WOC NURSE - OUTPATIENT OSTOMY VISIT
Reason: peristomal skin breakdown, pouch leaking

S: Pt says the skin around his colostomy "went dark and started killing me" in mid-June. Pouch leaking 1-2x/day since then so he has been chaning it daily. Wife noticed a black crusted area under the wafer.

O: Stoma LLQ, 35 mm round, budded 1 cm, red and moist, functioning (soft brown stool).
Peristomal skin: 3.5 x 2 cm black adherent eschar from 3 to 6 o'clock with a 2 cm rim of purple, firm, net-like discoloration; extremely tender to light touch. No undermining, no pus. Does not look like irritant dermatitis or candida. Mucocutaneous junction intact.
Midline incision: healed.

A: Full-thickness peristomal ulcer LLQ, atypical. ESRD + warfarin -> concern for calciphylaxis; PPG also on the list but no IBD.

P: Convex 1-piece pouch cut to 38 mm, barrier ring, stoma powder + no-sting barrier film over the denuded skin, no alcohol-based adhesive remover. Messaged Dr. Haddad (surgery). Urgent derm referral placed.
"""))

add("H04", 4, "2019-07-09", "Dermatology Consult", clean("""
DERM CONSULT (urgent outpatient)
71M. ESRD (HD Tue/Thu/Sat), AF - warfarin, DM2 (oral agent), s/p Hartmann w/ end colostomy LLQ 4/10/19. Referred by WOC RN for painful peristomal ulcer, onset mid-June per pt.

Exam: LLQ colostomy. Peristomal skin 3 to 6 o'clock: 4 x 2.5 cm stellate black eschar, surrounding indurated retiform violaceous plaque extending 2-3 cm. Undermined edge absent. No pustules, no cribriform scarring. Elsewhere: midline scar well healed, no plaques on flanks/thighs/legs.

Labs (HD unit 7/2): Ca 9.8, Phos 6.6, PTH 1,310, albumin 3.0.

A/P:
Necrotic retiform plaque at the colostomy, i.e. at the site of surgical trauma, in a warfarin-treated dialysis pt with poorly controlled mineral metabolism. Favor calciphylaxis; ddx peristomal pyoderma gangrenosum (no IBD, no undermined violaceous border), warfarin necrosis (on warfarin x years, unlikely), irritant/leakage injury.
- two 4 mm punch bx from the edge at 5 o'clock, away from mucocutaneous junction; von Kossa requested
- keep WOC pouching plan
- will call pt and nephrology w/ results
"""))

add("H04", 5, "2019-07-23", "Dermatology Follow-up", clean("""
DERM F/U
Path 7/12/19: Skin, peristomal LLQ, punch x2 - small-vessel medial calcification w/ intraluminal thrombi and fat necrosis, von Kossa positive, no neutrophilic dermatosis -> calciphylaxis.

Dx: calciphylaxis of peristomal skin, LLQ, biopsy-proven, at the colostomy site (surgical trauma site).
Pt reports pain 7/10, eschar unchanged in size, new pouch holds 2 days.

Plan: d/w Dr. Ruiz (nephrology) - sodium thiosulfate with every dialysis run from Thursday, low-Ca bath, cinacalcet, stop calcium carbonate. Warfarin -> apixaban per cardiology. Surgery aware; no stoma revision for now. RTC 4 wks.
"""))

# ---------------------------------------------------------------------------
# H05  fall, L shin hematoma -> calciphylaxis at the same spot (day precision)
# ---------------------------------------------------------------------------
H05_PMH = ("PMH: ESRD from FSGS, HD Mon-Wed-Fri through a R upper arm graft; HTN; obesity; provoked L leg DVT 2016 "
           "treated with warfarin until 2018, none since; hypothyroidism. No diabetes (A1c 5.3).")

add("H05", 1, "2023-02-14", "ED Note", clean(f"""
EMERGENCY DEPARTMENT NOTE
CC: fall, L leg pain

HPI: 63F, ESRD on HD, p/w mechanical fall this afternoon on icy steps leaving her dialysis unit (full run today). Slipped and hit the front of her L shin against a concrete step edge. No head strike, no LOC. Not currently on any blood thinner. Can walk on it, painful.

{H05_PMH}

Exam: BMI 33.5. L anterior mid shin: 5 x 4 cm tense hematoma with overlying 2 cm superficial abrasion, compartments soft, DP 2+. R leg unremarkable.
XR L tib/fib: no fracture.

A/P: L shin contusion w/ hematoma + abrasion after mechanical fall.
- abrasion irrigated, bacitracin, nonadherent dressing
- elevate, acetaminophen
- f/u PCP; return for spreading redness, numbness, severe pain
"""))

add("H05", 2, "2023-02-27", "HD Rounding Note", clean(f"""
HD ROUNDING NOTE (Mon chair-side)
{H05_PMH}

S: c/o worsening pain L shin at the bruise from her 2/14 fall. States about 3 days ago the bruise "went hard and turned dark purple-black" and now hurts much more than the fall itself did, waking her at night.
O: on HD, BP 151/84, UF goal 2.5 L. L ant shin: 4 x 3.5 cm indurated violaceous plaque w/ central 1 cm dusky/black area, lacy purple rim, exquisitely ttp. No warmth, no drainage.
Labs: Ca 10.1  P 6.4  PTH 745  Alb 3.3
A/P: Evolving lesion at L shin trauma site - worried about calciphylaxis (ESRD, high Ca x P, obese, prior warfarin). Urgent wound clinic + derm bx. Lower dialysate Ca to 2.0, stop calcium acetate -> sevelamer 1600 tid.
"""))

add("H05", 3, "2023-03-06", "Wound Clinic Note", clean("""
WOUND CLINIC - NEW PATIENT

History: 63-year-old woman on hemodialysis referred by nephrology for a painful wound on the left anterior shin. On 02/14/2023 she fell on icy steps and hit the shin on a step edge, leaving a large hematoma and a scrape. The scrape healed, but around 2/24 the bruised area became firm, purple-black and severely painful. She rates pain 9/10 and is using acetaminophen and oxycodone sparingly. No fever.

Exam: L anterior shin 3.9 x 3.2 cm black adherent eschar on an indurated violaceous plaque with a retiform purpuric edge, centered exactly on the prior hematoma. No exposed bone or tendon. Pedal pulses palpable. No lesions on the right leg, thighs or abdomen.

Procedure: Dr. Whitcombe (dermatology), working with us today, took two 5 mm deep punch biopsies from the plaque edge at 3 and 9 o'clock after lidocaine with epi; hemostasis with pressure, sites closed with one suture each.

Assessment/Plan: Necrotic retiform plaque arising in a traumatic hematoma in a dialysis patient. Calciphylaxis is the main concern; ddx infected hematoma (no signs), pyoderma gangrenosum. Await pathology. No sharp debridement until the diagnosis is clear. Leave eschar dry and stable, Betadine paint daily, gauze wrap, no compression. RTC 1 wk.
"""))

add("H05", 4, "2023-03-10", "Pathology Report", clean("""
SURGICAL PATHOLOGY
Specimen: Skin, left anterior shin, deep punch biopsies x2
History: ESRD, necrotic plaque at site of hematoma after fall; r/o calciphylaxis

Final diagnosis:
Skin, left anterior shin, punch biopsies: CALCIPHYLAXIS.
 - medial calcification of small subcutaneous arteries and arterioles (von Kossa +) with intimal fibroplasia
 - fibrin thrombi in capillaries of the subcutis
 - lobular fat necrosis with calcified adipocyte membranes
 - organizing hemorrhage and hemosiderin in the deep dermis, fitting the reported prior trauma
"""))

add("H05", 5, "2023-03-20", "Nephrology Progress Note", clean(f"""
NEPHROLOGY PROGRESS NOTE
{H05_PMH}

New dx: calciphylaxis (biopsy-proven), L anterior shin, arising at the site of a traumatic hematoma from a fall on 2/14/23 (Koebner phenomenon). Path 3/10.

S: pain somewhat better since sodium thiosulfate began (first dose 3/13). Nausea with infusion, improved with slower rate. Sleeping better.
O: BMI 33.1. L shin eschar 3.8 x 3.1 cm, dry, rim less violaceous. No new lesions.
Labs: Ca 9.4  P 5.6  PTH 690

Plan:
- STS 25 g IV last hour of each HD, continue at least 3 months
- sevelamer, low Ca bath, start cinacalcet 30
- avoid warfarin in future; no injections in legs
- wound clinic weekly
"""))

# ---------------------------------------------------------------------------
# H06  insulin injections + tight waistband -> bilateral lower abdomen (year)
# ---------------------------------------------------------------------------
H06_HPI = ("55M, ESRD 2/2 diabetic nephropathy, HD since 06/2020 (R IJ tunneled cath, now L brachiocephalic "
           "AVF in use since 11/2021). T2DM dx 2009, oral agents until 2016, on insulin since 2016 "
           "(glargine 30u + lispro sliding scale), injects into the lower abdomen just below the belt line, "
           "both sides. Works 12 h warehouse shifts in a heavy work belt and tight jeans.")

add("H06", 1, "2022-01-11", "Dialysis Monthly Progress Note", clean(f"""
MONTHLY HD PROGRESS NOTE - January 2022
{H06_HPI}

New issue: painful "hard spots" on his lower belly since last fall, worse the past few weeks, 2 have now opened. Puting triple antibiotic ointment on them.

Exam: BP 162/90, BMI 31.8. Lower abd b/l: band of firm purpuric, livedoid plaques running along the waistband line; 2 shallow ulcers w/ black base (L ~2 cm, R ~1.5 cm). Very TTP.
Labs: Ca 9.2  Phos 8.1 (!)  PTH 1020  Hgb 10.4  Alb 3.6  K 5.0

A/P:
1. Painful necrotic abdominal plaques - high suspicion calciphylaxis. Derm called, will see him next week. Stop calcium acetate. HD to 4.5 h. Low Ca bath.
2. Insulin - move injections to upper arms for now; diabetes educator referral.
3. Phos - renal dietitian; switch binder to ferric citrate.
4. Advised looser clothing, suspenders instead of belt.
"""))

add("H06", 2, "2022-01-18", "Dermatology Consult", clean(f"""
DERMATOLOGY CONSULT
Referred by: Dr. Patel (nephrology)
{H06_HPI}

HPI: Painful indurated areas of the lower abdomen since last fall. Began as tender lumps where he injects insulin and where his belt presses, became purple, and 2 ulcerated in December. He moved his insulin to his arms last week as advised.

Exam: Bilateral lower abdomen: confluent band of indurated plaques with retiform purpura and livedo racemosa, 22 cm wide, sitting along the waistband compression line and overlapping his insulin injection zones. Two ulcers with adherent black eschar, left 2.2 cm and right 1.6 cm. Upper abdomen, flanks, thighs and buttocks clear. Scattered lipohypertrophy lower abd.

Impression: Calciphylaxis strongly favored, Koebnerized to insulin injection trauma and chronic waistband pressure. Ddx: traumatic fat necrosis, pyoderma gangrenosum, infected lipohypertrophy.

Plan: 2 punch bx today from edge of L plaque (H&E, von Kossa, tissue culture). Avoid all injections and pressure on the lower abdomen. Wound care referral. Will update nephrology.
"""))

add("H06", 3, "2022-01-25", "Pathology Report", clean("""
PATHOLOGY REPORT
Specimen: skin, lower abdomen, punch biopsies x2
Clin: ESRD on HD, painful livedoid plaques at insulin injection sites/belt line

Diagnosis: Skin, lower abdomen - calciphylaxis. Calcification of the media of small subcutaneous arterioles (von Kossa positive) with intimal hyperplasia, thrombosis and extensive fat necrosis. No vasculitis. Tissue culture: no growth at 72 h.
"""))

add("H06", 4, "2022-02-15", "Wound Care Flowsheet", clean(f"""
WOUND CARE FLOWSHEET
Hx (copied from nephrology): {H06_HPI}

Wound A - location: lower abdomen, L        Wound B - location: lower abdomen, R
Etiology: [x] calciphylaxis (bx 1/18/22)  [ ] pressure  [ ] diabetic  [ ] venous
Onset: fall 2021
A: 2.4 x 1.9 x 0.2 cm, 80% eschar, 20% slough
B: 1.7 x 1.4 x 0.1 cm, 100% eschar
Periwound: [x] livedo  [x] induration  [ ] erythema  [ ] maceration
Pain: 6/10
Tx: NS, leave eschar intact, Betadine paint, bordered foam. No belt - pt now using suspenders.
Insulin now in upper arms per pt. STS w/ HD since 1/27.
"""))

# ---------------------------------------------------------------------------
# H07  CASE REPORT: above-knee amputation stump (no dates)
# ---------------------------------------------------------------------------
add("H07", 1, "2020-03-01", "Case Report", clean("""
Calciphylaxis on an amputation stump: surgical trauma as a trigger

Case
A 68-year-old man with end-stage renal disease due to diabetic nephropathy, receiving hemodialysis for six years, was admitted with wet gangrene of the right forefoot and critical limb ischemia that could not be revascularized. He had insulin-treated type 2 diabetes, coronary artery disease, peripheral arterial disease and a left ventricular thrombus, for which he had been taking warfarin. His body mass index was 24 kg/m2. He underwent a right above-knee amputation. The early post-operative period was uneventful, the staples came out on schedule, and he went to inpatient rehabilitation.

About six weeks after the operation he reported a burning pain in the stump. Over the next several days violaceous retiform plaques appeared along the healed incision and over the anterior surface of the right thigh stump, and two of them turned into black eschars. The left leg, abdomen and buttocks had no lesions. No prosthetic liner had yet been fitted, so the socket could not be blamed.
"""))

add("H07", 2, "2020-03-01", "Case Report", clean("""
Investigations and course
Serum phosphorus was 6.9 mg/dL, corrected calcium 10.2 mg/dL and parathyroid hormone 860 pg/mL. A wedge biopsy of a stump plaque showed medial calcification of small arterioles in the subcutis with luminal thrombosis and fat necrosis, and a diagnosis of calciphylaxis was made. Warfarin was replaced by apixaban, and sodium thiosulfate was infused with each dialysis session. Subsequently, the stump eschars were surgically debrided and negative pressure wound therapy was applied; post-operatively no new plaques formed at the debridement margins. At last follow-up the wounds had almost closed and he had started walking with a prosthesis.

Discussion
Lesions confined to a fresh surgical scar on a residual limb, in a patient with no lesions elsewhere, point to a Koebner phenomenon in which operative trauma localized calciphylaxis. Vitamin K antagonism, hyperphosphatemia and long dialysis vintage were additional risks. When a dialysis patient develops new pain in an otherwise healing stump, calciphylaxis should enter the differential before the pain is put down to phantom limb or infection.
"""))

# ---------------------------------------------------------------------------
# H08  ice packs on both knees -> bilateral knee calciphylaxis (month precision)
# ---------------------------------------------------------------------------
add("H08", 1, "2018-02-06", "Primary Care Visit", clean("""
PRIMARY CARE - FOLLOW UP

S: 52 yo woman with ESRD from ADPKD on HD TTS, HTN, obesity, here for knee pain. Both knees ache, worse on stairs, L > R. Since January she has been icing both knees with frozen gel packs 3-4 times a day, sometimes falls asleep with them on. Tylenol helps some. No falls, no swelling, no locking.

O: BP 144/86  Wt 98 kg  BMI 36.2
Knees: b/l crepitus, mild medial joint line tenderness, no effusion, full ROM. Skin over both knees cool, slightly mottled, intact.
A1c 5.2 (not diabetic). Not on anticoagulants.

A/P:
1. Bilateral knee OA - PT referral, weight loss counseling, acetaminophen scheduled. No NSAIDs (ESRD). Ice only 15-20 min at a time with a cloth between pack and skin - do NOT sleep with it.
2. ESRD - per nephrology, labs at unit.
3. Obesity - discussed diet; referred to dietitian familiar with renal diet.
RTC 3 mo.
"""))

add("H08", 2, "2018-05-08", "Telephone Encounter", clean("""
TELEPHONE ENCOUNTER - RN triage
Pt calling about painful dark spots on both knees that started in late April and keep getting bigger. One on the L knee has a black center now. Pain 8/10, hard to bend knees. Still using her ice packs because "it numbs it". Denies fever.
Advised to stop the ice packs. Derm appt scheduled 5/15. Pt agreeable. Routed to Dr. Farouk.
"""))

add("H08", 3, "2018-05-15", "Dermatology Consult", clean("""
DERMATOLOGY CONSULT

CC: painful knee lesions since late April

HPI: 52F, ESRD on HD (ADPKD), obesity, knee OA. Has iced both knees several times a day since January with gel packs applied straight from the freezer, often for an hour or more. In late April she noticed purple tender patches on both knees exactly where the packs sit; the left one now has a black crust. She stopped icing last week after the nurse's advice.

Exam:
L knee, anteromedial: 3 x 2 cm necrotic eschar centered in a 6 x 5 cm firm plaque, retiform purpuric border
R knee, anteromedial: 2 x 2 cm retiform purpura with dusky center, indurated, no ulceration yet
No livedo beyond the knees. Thighs, shins, feet and abdomen clear.

Assessment: Retiform purpura with necrosis over both knees at the sites of prolonged cold pack use in a dialysis patient. Leading concern is calciphylaxis with a Koebner-type localization to thermal (cold) injury. Ddx: cold panniculitis, cryoglobulinemic vasculopathy (cryoglobulins sent), frostbite.

Plan: 5 mm punch biopsy L knee plaque edge + von Kossa. Cryoglobulins, cryofibrinogen, ANCA, APL panel. No ice or heat to knees. Message to nephrology.
"""))

add("H08", 4, "2018-05-22", "Dermatology Follow-up", clean("""
DERM F/U - results visit
Path (5/18): skin, left knee: calcification of small vessel walls in the subcutis, thrombi, fat necrosis; von Kossa +. Consistent with calciphylaxis.
Cryoglobulins neg, cryofibrinogen neg, ANCA neg, APL neg.

Dx: calciphylaxis of both knees (L bx-proven, R clinically same process), at sites of chronic ice pack use.
Counseled at length: no cold or heat packs, no tight knee sleeves.
Nephrology (Dr. Sato) to start STS with HD this week. Wound clinic referral. RTC 6 wks.
"""))

add("H08", 5, "2018-06-19", "Nephrology Progress Note", clean("""
NEPHROLOGY NOTE - HD unit
52F ESRD (ADPKD) on HD TTS via R forearm AVF. New dx calciphylaxis of bilateral knees (bx L knee 5/15/18), lesions began late April 2018 at areas she had been icing daily since January 2018.
Receiving STS (25 g) intradialytic since 5/24. Pain 5/10 (was 8/10).
Exam: BMI 35.7. L knee eschar 2.6 x 1.8 cm, drier. R knee plaque softer, no open area.
Labs: Ca 9.0, P 5.1, PTH 520.
Plan: continue STS; cinacalcet 60; sevelamer; dialysate Ca 2.0; no Ca-based binders. Continue wound clinic.
"""))

# ---------------------------------------------------------------------------
# H09  TRAP: trauma on the LEFT calf, calciphylaxis on the RIGHT calf
# ---------------------------------------------------------------------------
add("H09", 1, "2021-08-03", "Urgent Care Note", clean("""
URGENT CARE
60M - ESRD, HD T/Th/Sat; insulin-treated DM2 - here for a L calf scrape. 2 days ago walked into the hitch of his boat trailer and scraped the back of his L calf. Washed w/ soap + water. Mild pain, no fever.

PMH: ESRD (HD via R forearm graft), DM2 (glargine + aspart, injects abd), HTN, gout, BMI 29
Meds: insulin, amlodipine, allopurinol, sevelamer. No anticoagulants.

Exam: LLE posterior calf: 4 x 1.5 cm linear superficial abrasion w/ small surrounding bruise, no FB, no purulence, no fluctuance. RLE: skin intact, no lesions.

A/P: abrasion L calf - irrigated, bacitracin, dressing. Td booster given (L deltoid). RTC prn / PCP.
"""))

add("H09", 2, "2021-08-24", "Dialysis Unit Wound Check", clean("""
HD UNIT - RN WOUND CHECK
Pt reports new, very painful spots on R calf, noticed ~10 days ago, getting darker.
RLE: posterior R calf - two stellate violaceous areas 2.5 cm and 3 cm with dusky centers, firm, exquisitly tender. No drainage.
LLE: the trailer-hitch abrasion on the L calf has healed - pink linear scar, soft, no induration, no discoloration.
Vitals stable on HD. Notified Dr. Brennan -> derm referral sent, labs added (Ca/Phos/PTH).
"""))

add("H09", 3, "2021-08-27", "Dermatology Consult", clean("""
DERMATOLOGY CONSULT

HPI: 60-year-old hemodialysis patient with diabetes on insulin, referred for painful lesions of the right calf that began in mid-August. He recalls no injury to the right leg. Earlier this month he scraped his left calf on a trailer hitch; that wound healed uneventfully. He injects insulin into his abdomen only.

Exam: Right posterior calf with two retiform violaceous plaques, 3.2 and 2.6 cm, each with a dusky grey center and surrounding livedo; very tender. Left calf shows a faint healed linear scar with no induration or purpura. No lesions on the abdomen, thighs or buttocks.

Labs: PTH 930, Ca 10.0, Phos 7.4.

Assessment: Retiform purpura of the right calf in a dialysis patient, concerning for calciphylaxis. The left-sided trauma is on the other leg and is not related. Ddx: cholesterol emboli, vasculitis.
Plan: 2 deep punch bx from right calf plaque edge today. Follow up pathology.
"""))

add("H09", 4, "2021-09-03", "Pathology Report", clean("""
SURGICAL PATHOLOGY
Specimen received: skin, right posterior calf, deep punch biopsies (2)
Clinical: HD pt, painful retiform plaques R calf

FINAL DIAGNOSIS: Skin, right posterior calf: CALCIPHYLAXIS - medial calcification and thrombosis of subcutaneous arterioles, von Kossa positive, with lobular fat necrosis. No cholesterol clefts. No leukocytoclastic vasculitis.
"""))

# ---------------------------------------------------------------------------
# H10  TRAP: SC heparin and ice began AFTER the pannus plaques
# ---------------------------------------------------------------------------
add("H10", 1, "2020-11-03", "Admission H&P", clean("""
ADMISSION HISTORY & PHYSICAL - Hospital Medicine

CC: painful skin on lower belly x 2 wks

HPI: 57 yo F with ESRD, dialyzes Mon/Wed/Fri through a left upper arm fistula, obesity, HTN and hypothyroidism, presents with painful lesions on her lower abdominal fold. Onset ~2 weeks ago (around 10/20) as tender red-purple patches under the pannus that have grown and darkened; one is now open and weeping. Denies any injections into the abdomen, heating pads, ice, scratching or injury. Not diabetic. Not on anticoagulation. No new meds.

PE: T 37.4  HR 96  BP 158/88  BMI 36.4
Pannus: 3 firm violaceous plaques with retiform edges, largest 8 x 5 cm, eschar at its center, plus a 1 cm shallow ulcer; exquisite TTP; no crepitus.
Rest of skin: no lesions on thighs, buttocks, legs.

Labs: WBC 10.8, PTH 1,050, Phos 7.6, Ca 9.9, CRP 6.1, Alb 3.2, K 4.8

A/P:
1. Necrotic pannus plaques in ESRD - r/o calciphylaxis vs cellulitis/panniculitis. Derm consult. Vanc dosed with HD untill infection excluded. Wound RN consult.
2. ESRD - HD tomorrow, renal following.
3. HTN - home amlodipine.
PPx: heparin 5,000 units SC q8h, start tonight.
Code: full
"""))

add("H10", 2, "2020-11-05", "Nursing Wound Care Flowsheet", clean("""
NURSING WOUND ASSESSMENT
Wound 1: pannus, inferior fold, midline
Type: [ ] pressure injury  [ ] surgical  [ ] skin tear  [x] other - see derm note
Size: 8.2 x 5.1 cm plaque, central ulcer 1.1 x 0.9 cm
Base: [x] eschar  [x] slough  [ ] granulation
Drainage: [x] serous  [ ] purulent     Odor: [ ] yes [x] no
Pain: 9/10
Interventions: [x] NS cleanse  [x] nonadherent dsg  [x] ice pack x 15 min to wound area per pt request for pain (pt states it helps)
Comment: SQ heparin injections had been given in the abd - rotated to upper arms b/l from today given painful plaques on abd. No new skin lesions.
"""))

add("H10", 3, "2020-11-06", "Dermatology Consult", clean("""
DERMATOLOGY CONSULT - inpatient

HPI: 57-year-old obese woman receiving hemodialysis, admitted 11/3 with tender necrotic plaques on the lower pannus that began around October 20, before admission. Since admission she has received subcutaneous heparin, at first into the abdominal wall and now into the arms, and nursing has applied ice packs to the ulcerated plaque for comfort. No new lesions have appeared since admission. She had no injections, heat, cold or injury to the area before the plaques began.

Exam: Inferior pannus with three indurated retiform violaceous plaques, the largest 8 by 5 cm carrying a central black eschar and small ulcer. Surrounding livedo. Small injection bruises on the abdominal wall near but separate from the plaques. Thighs, buttocks and legs clear.

Assessment: Clinical picture is typical of calciphylaxis of the pannus in a dialysis patient with obesity and high phosphorus and PTH. Cellulitis unlikely.

Plan: 2 deep punch biopsies from the plaque margin done today. Please stop ice to the wound (vasoconstriction). Keep SC injections away from the abdomen. Will follow path.
"""))

add("H10", 4, "2020-11-13", "Discharge Summary", clean("""
DISCHARGE SUMMARY
Admit 11/03/2020 - Discharge 11/13/2020

Principal dx: calciphylaxis of the pannus, biopsy-proven (11/6)
Other: ESRD on HD; obesity (BMI 36.0); HTN; hypothyroidism

Course: Came in with tender, necrotic inferior pannus plaques, onset about 10/20/2020, before this admission. Derm biopsy showed vascular calcification with thrombi and fat necrosis - calciphylaxis. Vancomycin stopped after cultures negative. Sodium thiosulfate begun 11/8, given with every dialysis. Switched binder to sevelamer and added cinacalcet. SC heparin (given in the abdomen at first, then the arms) stopped at discharge. Ice to the wound stopped per derm. No new lesions during the stay.
F/u: derm 2 wks, wound clinic weekly, HD unit to continue STS.
"""))

# ---------------------------------------------------------------------------
# H11  TRAP: healed calciphylaxis (2016) at insulin sites; current problem is a
#            neuropathic heel ulcer from boots
# ---------------------------------------------------------------------------
H11_PMH = ("PMH: ESRD from diabetic kidney disease, HD Tue/Thu/Sat; DM2 on insulin since 2008; PAD (ABI 0.7 L); "
           "h/o calciphylaxis 2016 - bx-proven, lower abdomen at insulin injection sites, resolved after "
           "STS x 6 mo and parathyroidectomy (2017), no recurrence since; HTN.")

add("H11", 1, "2023-05-02", "Podiatry Note", clean(f"""
PODIATRY CLINIC
64M. {H11_PMH}

CC: L heel wound
HPI: Bought new steel-toe work boots ~3 wks ago, got a blister on the back of the L heel that opened. Neuropathy, didn't feel it until he saw blood on his sock.

Exam: L posterior heel ulcer 1.8 x 1.2 x 0.2 cm, granular red base, callused rim, minimal serous drainage, no probe to bone, no cellulitis. Monofilament absent b/l feet. DP 1+ L, 2+ R.

A: Neuropathic ulcer L posterior heel from boot friction/pressure. Does not look like calciphylaxis (well-demarcated, granular, painless, no livedo or retiform purpura).
P: sharp debridement of the callus rim at bedside; offloading - open-back surgical shoe, no boots; silver alginate + gauze. Vascular referral for L ABI. RTC 2 wks.
"""))

add("H11", 2, "2023-05-16", "Wound Care Flowsheet", clean(f"""
WOUND CARE FLOWSHEET
{H11_PMH}
Wound: L posterior heel    Cause: [x] neuropathic (DM)  [x] friction/pressure from boot  [ ] calciphylaxis  [ ] venous
Size: 1.5 x 1.0 x 0.1 cm (was 1.8 x 1.2 x 0.2)
Bed: 100% granulation   Edges: attached, mild callus
Exudate: scant, serous | Odor: absent | Pain: 0/10
Tx: NS, silver alginate, gauze, surgical shoe. Pt wearing the shoe.
"""))

add("H11", 3, "2023-05-30", "Nephrology Progress Note", clean(f"""
NEPHROLOGY PROGRESS NOTE
{H11_PMH}

S: Heel wound improving per podiatry. No new painful skin spots. Adherent to binders.
O: BP 136/78  BMI 28.3
Skin: lower abd with old stellate atrophic scars from the 2016 calciphylaxis; no new plaques, livedo or eschar anywhere. L heel small clean granulating ulcer.
Labs: Ca 9.1  P 5.0  PTH 310

A/P:
1. ESRD - stable on HD.
2. Hx calciphylaxis, in remission since 2017 - keep Ca x P controlled, avoid warfarin and calcium binders. He still injects insulin but rotates to the arms and thighs, away from the old scars.
3. L heel neuropathic ulcer - per podiatry.
4. DM2 - A1c 7.4.
"""))

add("H11", 4, "2023-06-20", "Telephone Encounter", clean("""
TELEPHONE ENCOUNTER
Pt called for podiatry f/u results. Heel ulcer nearly closed per pt, podiatry visit yesterday measured 0.4 x 0.3 cm. Asking if he can go back to his work boots. Per Dr. Nnamdi: not until fully healed and boots checked by podiatry; order for custom diabetic footwear placed. Pt ok with plan.
"""))

# ---------------------------------------------------------------------------
# H12  TRAP: venous ulcer under compression (L ankle); calciphylaxis on pannus
# ---------------------------------------------------------------------------
H12_PMH = ("70F, ESRD, HD Mon/Wed/Fri through L arm fistula, AF on warfarin, chronic venous insufficiency with a L medial "
           "ankle venous ulcer (since 2018), obesity, hypothyroidism. No diabetes.")

add("H12", 1, "2019-10-08", "Wound Clinic Note", clean(f"""
WOUND CLINIC - follow up
{H12_PMH}

L medial malleolus venous ulcer 3.1 x 2.4 x 0.2 cm, beefy granulation, moderate serous drainage, hemosiderin staining and lipodermatosclerosis of the gaiter area. Wears knee-high 30-40 mmHg compression stockings daily since 2017, stocking edge leaves a groove below both knees. ABI 0.95 L.

BMI 39.6.
A/P: L medial ankle venous stasis ulcer, slowly improving. Continue multilayer compression wrap over the ulcer, stocking on the R. Moisturize. Elevate legs. RTC 2 wks.
"""))

add("H12", 2, "2019-11-12", "Dermatology Consult", clean(f"""
DERMATOLOGY CONSULT
{H12_PMH}

HPI: New very painful hard areas on the lower abdomen/pannus for about 3 weeks. Denies any injections, heat or cold packs, or injury to the abdomen. Her L ankle ulcer is followed in wound clinic and unchanged.

Exam: Pannus: two indurated plaques 6 and 4 cm with retiform purpura and central dusky necrosis; livedo racemosa across the lower abdomen. L medial ankle: shallow granulating venous ulcer with hemosiderin and lipodermatosclerosis, typical appearance, no necrosis or retiform border. R leg: intact, stocking marks.

Assessment:
1. Necrotic retiform plaques of the pannus in an obese dialysis patient on warfarin - concern for calciphylaxis. Bx today.
2. L ankle ulcer - classic venous stasis ulcer, separate process.
Plan: 2 punch bx from pannus plaque edge. Continue wound clinic for ankle.
"""))

add("H12", 3, "2019-11-19", "Pathology Report", clean("""
PATHOLOGY
Specimen: skin, pannus (lower abdomen), punch x2
Dx: Calciphylaxis. Subcutaneous small-vessel calcification with thrombosis, von Kossa +; fat necrosis with calcium deposition. Negative for vasculitis.
"""))

add("H12", 4, "2019-12-03", "Nephrology Progress Note", clean(f"""
NEPHROLOGY - HD ROUNDS
{H12_PMH}

New: biopsy-proven calciphylaxis of the pannus (path 11/19).
S: pannus pain 8/10. L ankle ulcer per wound clinic - smaller.
O: BMI 39.1. Pannus plaques unchanged, eschar dry. L medial ankle venous ulcer 2.6 x 2.0, clean.
Plan:
- start sodium thiosulfate 25 g intradialytic 3x/wk on 12/4
- warfarin -> apixaban 2.5 bid (discussed w/ cardiology)
- sevelamer, cinacalcet, low Ca bath
- L ankle venous ulcer: continue compression, this is not calciphylaxis
"""))

# ---------------------------------------------------------------------------
# H13  CASE REPORT, TRAP: insulin only ever in the abdomen; lesions on thighs
# ---------------------------------------------------------------------------
add("H13", 1, "2019-09-01", "Case Report", clean("""
Calciphylaxis of the inner thighs sparing long-standing insulin injection sites: a case report

Case presentation
A 59-year-old woman with end-stage kidney disease from diabetic nephropathy, treated with continuous ambulatory peritoneal dialysis, presented with painful inner thigh skin lesions. She had type 2 diabetes and had used insulin for two decades, which she always injected into the abdominal wall around the umbilicus and never into her limbs. Other conditions were atrial fibrillation treated with warfarin, hypertension and obesity, with a body mass index of 35 kg/m2. She reported no trauma, heat, cold or unusual pressure to the thighs, and she did not wear tight garments.

The lesions had started a month before as tender mottled areas and progressed to hard plaques. Examination showed livedo racemosa with indurated violaceous plaques and stellate necrotic ulcers on the medial aspects of both thighs. Her abdomen, including the insulin injection area and the peritoneal catheter tunnel and exit site, showed lipohypertrophy but no purpura, induration or ulceration.
"""))

add("H13", 2, "2019-09-01", "Case Report", clean("""
Course
Calcium was 10.3 mg/dL, phosphorus 6.8 mg/dL and parathyroid hormone 540 pg/mL. A deep incisional biopsy from the right medial thigh showed arteriolar medial calcification, intimal fibrosis, thrombi and septal panniculitis with calcium deposits, confirming calciphylaxis. Warfarin was stopped, sodium thiosulfate was started, and her dialysis prescription was intensified. Subsequently, the necrotic ulcers on both thighs were debrided in the operating room. Post-operatively the wounds were managed with negative pressure therapy, and no new lesions developed at the debrided edges or elsewhere. She remained on dialysis with slow healing at six months.

Discussion
Calciphylaxis often favors fatty, injected skin, and several authors have described lesions arising at insulin injection sites. In our patient the opposite held: twenty years of injections left the abdominal wall untouched, while lesions arose on the medial thighs, an area rich in adipose tissue but exposed to no trauma. Injection sites are therefore not a prerequisite for lesions, and the absence of lesions there should not lower the clinician's suspicion.
"""))

# ---------------------------------------------------------------------------
# H14  POSSIBLE: ice pack on L lateral thigh, non-diagnostic biopsy
# ---------------------------------------------------------------------------
add("H14", 1, "2022-03-02", "HD Unit Progress Note", clean("""
HD UNIT PROGRESS NOTE
67M, ESRD 2/2 IgA nephropathy on HD MWF via R arm AVF; AF (warfarin); DM2 managed by diet alone; HTN.
S: c/o aching L outer thigh since ~2/20, no injury. Keeps an ice pack pressed to the L lateral thigh at home several times a day since then, says it helps.
O: BP 128/70, BMI 26.5. L lateral thigh: skin intact, no discoloration, mildly tender. No edema.
A/P: L thigh pain, likely musculoskeletal (trochanteric bursitus vs ITB). Acetaminophen. Ice ok with barrier, limit 20 min. PCP f/u.
"""))

add("H14", 2, "2022-03-09", "Dermatology Consult", clean("""
DERM CONSULT
Reason: new painful purple area L thigh

HPI: 67M, HD pt on warfarin. Has been icing the L lateral thigh for thigh pain since late Feb. ~5 days ago a purple, very painful area came up right where the pack sits.
Exam: L lateral thigh: retiform purpuric patch about 7 by 5 cm, central dusky necrosis ~2 cm, indurated, exquisitely tender. R thigh clear. Abdomen clear.
Labs: INR 2.8, PTH 780, phosphorus 6.9, calcium 9.7

A/P: Concern for calciphylaxis, L lateral thigh, possibly localized by cold injury. Ddx: warfarin necrosis, cold panniculitis, cholesterol emboli.
- punch bx L thigh edge today, path pending
- stop ice
- nephrology aware
"""))

add("H14", 3, "2022-03-16", "Pathology Report", clean("""
SURGICAL PATHOLOGY
Specimen: skin, left lateral thigh, 4 mm punch
Clinical: r/o calciphylaxis

Diagnosis: Superficial skin with dermal hemorrhage and early epidermal necrosis. Subcutaneous fat is minimally represented. No vascular calcification identified (von Kossa negative in available tissue). No vasculitis. NON-DIAGNOSTIC for calciphylaxis; calciphylaxis cannot be excluded on this sample. A deeper incisional biopsy is suggested if clinically indicated.
"""))

add("H14", 4, "2022-04-05", "Nephrology Progress Note", clean("""
NEPHROLOGY
67M ESRD on HD, AF.
Issue: painful necrotic plaque L lateral thigh, onset early March, bx 3/9 non-diagnostic. Pt declined repeat deep bx ("one hole was enough").
Impression: presumed calciphylaxis - likely, but not proven. Treating empirically.
Plan: sodium thiosulfate with dialysis (started 3/21); warfarin -> apixaban; sevelamer; no ice/heat. Revisit biopsy if no response by next month.
BMI 26.1.
"""))

# ---------------------------------------------------------------------------
# H15  POSSIBLE: lesions at abdominal insulin sites, biopsy declined (PD)
# ---------------------------------------------------------------------------
add("H15", 1, "2021-10-19", "Telephone Encounter", clean("""
TELEPHONE ENCOUNTER - PD nurse line
Pt (62F on CCPD) reports "really painful bruises" on her stomach where she gives her insulin, past couple weeks, 2 now look black in the middle. No fever, effluent clear, exit site ok.
Plan: urgent derm appt Fri 10/22. Told her to inject insulin into her thighs meanwhile. Routed to Dr. Kaminski.
"""))

add("H15", 2, "2021-10-22", "Dermatology Consult", dictated("""
DERMATOLOGY CONSULTATION.

This is a 62 year old woman with end stage renal disease on peritoneal dialysis, type 2 diabetes treated with insulin since 2012, hypertension and obesity, seen for painful lesions of the abdomen. She injects her insulin into the lower abdomen on both sides of the umbilicus. About two weeks ago a few of the injection spots became painful, purple and firm, and two have developed dark centers. She is not on warfarin.

On examination the lower abdomen on both sides shows four indurated purpuric plaques 1.5 to 4 cm with retiform edges, two with central black necrosis, located in her insulin injection areas, with surrounding lipohypertrophy. The peritoneal catheter exit site is clean. Thighs, buttocks and legs are clear.

Impression: I favor calciphylaxis given her dialysis status, phosphorus of 7.3 and the retiform necrotic morphology at injection sites. The differential includes traumatic hematoma with fat necrosis from injections, livedoid vasculopathy and cholesterol emboli. A biopsy was recommended to confirm the diagnosis, but after discussion she declined, worried about another nonhealing wound on her abdomen.

Plan: Keep injections out of the abdomen. Wound care with petrolatum and foam. Will discuss empiric management with nephrology. She may reconsider biopsy at follow up.
"""))

add("H15", 3, "2021-11-30", "PD Clinic Note", clean("""
PD CLINIC
62F; ESRD, cycler PD since 2019; insulin-treated DM2; HTN; obesity.
Skin: abd lesions at old insulin sites - likely calciphylaxis per derm, not biopsied (pt still declines). Pain 6/10, down from 9. Eschars dry, no new lesions. Insulin now into thighs.
Vitals: BP 140/82, BMI 30.4
Labs: PTH 690 / phos 6.1 / Ca 9.4
Plan: empiric IV sodium thiosulfate at the infusion suite on Mon/Wed/Fri since 11/2; cinacalcet; non-Ca binder; low Ca dialysate. Re-offer bx if not improving.
"""))

# ---------------------------------------------------------------------------
# H16  POSSIBLE: CKD 4 on warfarin, concern vs warfarin necrosis, bx non-dx
# ---------------------------------------------------------------------------
add("H16", 1, "2020-06-02", "Anticoagulation Clinic Telephone Note", clean("""
ANTICOAGULATION CLINIC - phone
INR 3.4 (goal 2-3) on warfarin 5 mg daily for AF. Held tonight's dose, then resume 4 mg daily. Pt mentions a painful dark spot on her R calf for ~1 week, no injury she can recall. Advised to see PCP/derm; message sent to Dr. Mbeki. Repeat INR 6/9.
"""))

add("H16", 2, "2020-06-05", "Dermatology Consult", clean("""
DERMATOLOGY CONSULT

74F with CKD stage 4 (eGFR 19, not on dialysis) from diabetic nephropathy, T2DM on glipizide, AF on warfarin, obesity.
HPI: painful dark patch R posterior calf, started late May, no known truama. No new meds; warfarin for 4 years.
Exam: BMI 31.2. R posterior calf 4 x 3 cm stellate area of retiform purpura, grey-black necrotic center, indurated, tender. L leg clear. No livedo elsewhere.
Labs: Ca 9.8, Phos 5.4, PTH 310, INR 2.9

Assessment: Retiform purpura with necrosis R calf. Concern for nonuremic calciphylaxis vs warfarin-induced skin necrosis vs vasculitis vs cholesterol emboli.
Plan: deep punch bx today w/ von Kossa. If biopsy confirms calciphylaxis, will recommend stopping warfarin and starting sodium thiosulfate. ANCA, cryo, SPEP sent.
"""))

add("H16", 3, "2020-06-12", "Pathology Report", clean("""
DERMATOPATHOLOGY
Specimen: skin, right posterior calf, 6 mm punch
Diagnosis: Dermal hemorrhage with epidermal necrosis and focal fat necrosis. No vascular calcification identified in levels examined (von Kossa negative). No vasculitis. No cholesterol clefts.
Comment: Findings are nonspecific. Calciphylaxis can be patchy and this sample does not exclude it; a deeper wedge biopsy may be more informative.
"""))

add("H16", 4, "2020-06-30", "Nephrology CKD Clinic Note", clean("""
CKD CLINIC
74F, CKD 4 (eGFR 18), DM2 (glipizide), AF anticoagulated with warfarin, obesity - BMI 31.0.
R calf necrotic plaque: bx nonspecific, still concern for calciphylaxis per derm. ANCA/cryo/SPEP negative. Deeper wedge biopsy scheduled 7/8.
Plan: warfarin -> apixaban now regardless (cardiology agrees). Phos binder started. Hold off on STS until wedge bx result. Not on dialysis; discussed RRT options, she prefers conservative care for now.
"""))

# ---------------------------------------------------------------------------
# H17  CASE REPORT, POSSIBLE: presumed calciphylaxis at enoxaparin sites
# ---------------------------------------------------------------------------
add("H17", 1, "2022-11-01", "Case Report", clean("""
Painful necrosis of the thighs in a young woman on peritoneal dialysis: presumed calciphylaxis at enoxaparin injection sites

Case presentation
A 38-year-old woman with systemic lupus erythematosus and secondary antiphospholipid syndrome, who had reached end-stage kidney disease from class IV lupus nephritis and was on continuous cycling peritoneal dialysis, was admitted with a recurrent deep vein thrombosis of the left leg. Her international normalized ratio was low on warfarin, so enoxaparin injections were added as a bridge. She gave the injections herself into the front of both thighs, as the peritoneal catheter made the abdomen awkward. Her body mass index was 22 kg/m2 and she did not have diabetes.

Ten days after the first injection, exquisitely painful violaceous plaques with a retiform edge appeared on both anterior thighs exactly at the injection points, and within a week several showed central necrosis. Phosphorus was 6.2 mg/dL and parathyroid hormone 410 pg/mL; complement levels were low but stable and anti-double-stranded DNA was unchanged from baseline.
"""))

add("H17", 2, "2022-11-01", "Case Report", clean("""
Management and outcome
A skin biopsy was discussed but deferred because of full anticoagulation and concern about a nonhealing biopsy wound. The lesions were treated as presumed calciphylaxis: enoxaparin was stopped, intravenous sodium thiosulfate was given three times a week, and her phosphate binder was changed. Warfarin was continued because of the thrombotic risk of her antiphospholipid syndrome. The plaques slowly softened and the necrotic areas healed over about three months.

Discussion
Calciphylaxis can be favored on clinical grounds when retiform necrotic plaques arise at injection sites in a dialysis patient, yet in this woman the diagnosis could never be confirmed histologically. Thrombotic vasculopathy from antiphospholipid antibodies and lupus vasculitis can look identical, and either could explain the findings. We therefore report the case as probable, not established, calciphylaxis and use it to argue for early biopsy whenever the patient's condition allows.
"""))

# ---------------------------------------------------------------------------
# H18  NO: warfarin-induced skin necrosis, calciphylaxis excluded
# ---------------------------------------------------------------------------
add("H18", 1, "2021-04-09", "ED Note", clean("""
ED NOTE
45F, no significant PMH other than obesity (BMI 34.9), dx L popliteal DVT on 4/4 at urgent care, started warfarin 10 mg x2 then 5 mg daily. Was given enoxaparin but only took 2 shots (cost). Today p/w sudden painful dark patches on her L breast and both thighs since yesterday.
Exam: L breast lateral 6 x 4 cm purpuric plaque w/ hemorrhagic bullae + central black area; b/l anterior thighs 2 similar smaller plaques. Very tender.
Labs: INR 3.6, Cr 0.7, Ca 9.3, Phos 3.4, plt 240.
A/P: concern for warfarin-induced skin necrosis. Hold warfarin, vit K 5 mg IV, start heparin gtt, FFP. Derm + heme consults. Admit.
"""))

add("H18", 2, "2021-04-10", "Dermatology Consult", clean("""
DERMATOLOGY CONSULT
HPI: 45F started on warfarin 4/4 for DVT with minimal heparin overlap; painful hemorrhagic necrotic plaques of the L breast and both thighs began on 4/8, day 4 of warfarin.
Exam: as per ED; L breast plaque now with larger central necrosis; thigh plaques with retiform edges.
Assessment: Warfarin-induced skin necrosis strongly favored (classic timing, fatty sites, early warfarin without adequate bridge). Calciphylaxis was considered given retiform necrosis in fatty areas, but normal renal function, normal Ca and Phos and the abrupt onset make it very unlikely. Biopsy to confirm.
Plan: 6 mm punch bx L breast edge, von Kossa requested. Protein C and S activity (drawn before FFP per heme). Do not restart warfarin.
"""))

add("H18", 3, "2021-04-13", "Pathology Report", clean("""
SURGICAL PATHOLOGY
Specimen: skin, left breast, punch biopsy
Diagnosis: Venules and capillaries of the dermis and subcutis are occluded by fibrin thrombi, with hemorrhagic necrosis of both layers. Von Kossa shows no mural calcium deposits; there is no vasculitis. The picture fits warfarin-associated skin necrosis. No evidence of calciphylaxis.
"""))

add("H18", 4, "2021-04-19", "Discharge Summary", clean("""
DISCHARGE SUMMARY
Admit 4/9/2021  D/C 4/19/2021
Dx: skin necrosis due to warfarin - L breast, both thighs; acquired vs congenital protein C deficiency (activity 38%); L popliteal DVT.
Course: warfarin stopped, vit K, heparin infusion, then transitioned to apixaban 5 mg bid. Bx c/w warfarin necrosis; calciphylaxis excluded by biopsy and normal renal function. Breast lesion debrided by plastics 4/15, wound vac. Thigh lesions healing with local care.
Instructions: Never take warfarin again (allergy list updated). Heme f/u for repeat protein C level. Plastics 1 wk.
"""))

# ---------------------------------------------------------------------------
# H19  NO: sacral pressure injury, calciphylaxis ruled out
# ---------------------------------------------------------------------------
add("H19", 1, "2022-12-05", "Nursing Admission Skin Assessment", clean("""
NURSING ADMISSION SKIN ASSESSMENT
Braden score: 11 (high risk)
Mobility: bedbound, needs 2 assist to turn
Continence: [x] incontinent of urine/stool  [ ] continent
Skin findings:
[x] Sacrum/coccyx: stage 3 pressure injury (4.1 cm L, 3.4 cm W, 0.5 cm D), 30% black eschar, 70% yellow slough, no tunneling
[x] R heel: deep tissue pressure injury 2 x 2 cm, intact maroon skin
[ ] L heel: intact
[ ] Hips: intact
Interventions: low-air-loss surface, turn q2h, heel offloading boots, barrier cream, wound RN consult
PMH per chart: ESRD on HD TTS, DM2 on insulin, dementia, CAD. BMI 21.0
"""))

add("H19", 2, "2022-12-07", "Wound Care Consult", clean("""
WOUND CARE RN CONSULT
80M from SNF, bedbound pateint.
Sacrum: stage 3 pressure injury 4.0 x 3.3 x 0.4, eschar + slough, periwound blanchable erythema. Located directly over the sacral prominence.
R heel: DTI, maroon, intact.
Primary team raised calciphylaxis given ESRD. From a wound standpoint the pattern (bony prominences, immobile pt, incontinence) fits pressure injury. Suggest derm eval to settle it.
Plan: enzymatic debridement to eschar, foam border dressing, offloading, nutrition consult.
"""))

add("H19", 3, "2022-12-09", "Dermatology Consult", clean("""
DERMATOLOGY CONSULT
Reason: sacral wound, ?calciphylaxis

80-year-old bedbound man, hemodialysis-dependent, with diabetes on insulin. The sacral wound shares features with calciphylaxis (necrotic eschar, pain, dialysis patient) but differs in important ways: it sits squarely over the sacral bony prominence in an immobile patient, retiform purpura and livedo are absent, the surrounding skin has no indurated plaque, and there are no lesions in fatty areas such as the abdomen or thighs. The R heel lesion is a deep tissue pressure injury.

A pressure injury diagnosis in a dialysis patient does rest on exclusion of other causes such as calciphylaxis, so a 4 mm punch biopsy was taken from the wound edge today.

Impression: stage 3 sacral pressure injury; calciphylaxis unlikely, pending biopsy.
"""))

add("H19", 4, "2022-12-16", "Discharge Summary", clean("""
DISCHARGE SUMMARY
Admitted 12/5/2022, discharged 12/16/2022 back to SNF.
Diagnoses: stage 3 sacral pressure injury; R heel DTI; ESRD (HD); insulin-treated DM2; dementia.
Sacral biopsy 12/9: granulation tissue, ulceration and necrosis; no vascular calcification, no thrombi in subcutaneous vessels. Calciphylaxis ruled out. Wound is a pressure injury.
Weight 62 kg, BMI 20.6.
Recs for SNF: q2h turns, low air loss mattress, heel boots, foam dressings, protein supplement, HD TTS resumes at usual unit.
"""))

# ---------------------------------------------------------------------------
# H20  NO: future risk only (CKD 4, not on dialysis); traumatic shin ulcer
# ---------------------------------------------------------------------------
add("H20", 1, "2023-08-15", "Nephrology CKD Clinic Note", clean("""
NEPHROLOGY - CKD CLINIC
61F, CKD stage 4 (eGFR 17) 2/2 diabetic kidney disease; T2DM on insulin (degludec + aspart); AF on warfarin; obesity, BMI 42.3; HTN.
Labs: Cr 3.1, K 5.2, CO2 19, PTH 280, Hgb 9.8, Ca 9.2, PO4 5.6.
A/P:
1. CKD 4, progressing ~4 mL/min/yr. RRT education done, she prefers in-center HD when needed. Vein mapping ordered; vascular surgery referral for L arm AVF.
2. Mineral bone - start sevelamer 800 tid.
3. Anticoag - she is at risk for calciphylaxis if she starts dialysis, esp. with warfarin, obesity and high phos. Will ask cardiology about switching to apixaban.
4. DM - per endo, A1c 8.1.
"""))

add("H20", 2, "2023-09-05", "Primary Care Visit", clean("""
PCP VISIT
CC: sore on R shin
HPI: 61F bumped her R shin on the open dishwasher door 2 weeks ago, small scrape that has been slow to heal. Mild pain. No fever.
PMH: CKD 4 (not on dialysis), DM2 on insulin, AF (now on apixaban, warfarin stopped last week per cardiology), obesity.
Exam: R anterior shin 1.5 x 1 cm shallow ulcer, pink granulating base, thin yellow fibrin, mild surrounding erythema 1 cm, no induration, no purpura. Pedal pulses 1+.
A/P: traumatic R shin ulcer in a diabetic, slow healing but clean. No features to suggest calciphylaxis or vasculitis. Cephalexin x 5 d for the erythema, renal dosed. Petrolatum + nonstick dressing. Recheck 2 wks.
"""))

add("H20", 3, "2023-09-19", "Telephone Encounter", clean("""
TELEPHONE ENCOUNTER
Pt calling for 2-wk check instead of visit (no ride). States shin sore is "almost closed", no redness, finished antibiotic. Sent photo via portal - small pink healing area, no dark spots. OK per Dr. Lowry, call if reopens.
"""))

add("H20", 4, "2023-10-03", "Vascular Surgery Clinic Note", clean("""
VASCULAR SURGERY CLINIC
Referral: AVF planning
61F CKD 4 (eGFR 16), not yet on dialysis, R-handed. DM2 on insulin, AF on apixaban (warfarin stopped 8/2023), obesity.
Vein mapping: L cephalic 3.2 mm at wrist, continuous to antecubital fossa. Allen test normal.
Exam: BMI 41.9. L radial pulse 2+.
Plan: L radiocephalic AVF, booked for 10/24. Hold apixaban 48 h pre-op. Consent discussed.
"""))


DEMOGRAPHICS = [
    ("H01", 58, "F"), ("H02", 66, "M"), ("H03", 49, "F"), ("H04", 71, "M"), ("H05", 63, "F"),
    ("H06", 55, "M"), ("H07", 68, "M"), ("H08", 52, "F"), ("H09", 60, "M"), ("H10", 57, "F"),
    ("H11", 64, "M"), ("H12", 70, "F"), ("H13", 59, "F"), ("H14", 67, "M"), ("H15", 62, "F"),
    ("H16", 74, "F"), ("H17", 38, "F"), ("H18", 45, "F"), ("H19", 80, "M"), ("H20", 61, "F"),
]


def main():
    with open(os.path.join(OUT, "notes.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL)
        w.writerow(["patient_id", "note_id", "note_date", "note_type", "text"])
        for row in NOTES:
            w.writerow(row)
    with open(os.path.join(OUT, "demographics.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["patient_id", "age", "sex"])
        for row in DEMOGRAPHICS:
            w.writerow(row)
    print(f"wrote {len(NOTES)} notes for {len({n[0] for n in NOTES})} patients")


if __name__ == "__main__":
    main()
